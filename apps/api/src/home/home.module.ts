import { Module } from '@nestjs/common';
import { HomeRepository } from './home.repository';
import { HomeResolver } from './home.resolver';
import { HomeService } from './home.service';

@Module({ providers: [HomeService, HomeRepository, HomeResolver] })
export class HomeModule {}
