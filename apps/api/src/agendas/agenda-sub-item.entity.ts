import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';

/** One bullet under an agenda item ("Tour de Table"). */
@Entity({ name: 'agenda_sub_items' })
@Index('agenda_sub_items_item_position_idx', ['itemId', 'position'])
export class AgendaSubItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'agenda_sub_items_item_id_fkey' })
  item?: AgendaItemEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  text: string;
}
