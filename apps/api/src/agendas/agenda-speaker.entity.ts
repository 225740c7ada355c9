import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AgendaSpeakerRole } from '@plenary/shared';
import { PersonEntity } from '../people/person.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/** A speaker, presenter or discussant of an agenda item, in the order the agenda lists them. */
@Entity({ name: 'agenda_speakers' })
export class AgendaSpeakerEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'agenda_speakers_item_id_fkey' })
  item?: AgendaItemEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  @Index('agenda_speakers_person_id_idx')
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'agenda_speakers_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  role: AgendaSpeakerRole;

  @Column({ type: 'integer' })
  position: number;
}
