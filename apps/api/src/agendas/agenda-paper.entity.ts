import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/** A paper linked to an agenda item. */
@Entity({ name: 'agenda_papers' })
export class AgendaPaperEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'agenda_papers_item_id_fkey' })
  item?: AgendaItemEntity;

  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  @Index('agenda_papers_file_id_idx')
  fileId: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'agenda_papers_file_id_fkey' })
  file?: StoredFileEntity;

  @Column({ type: 'integer' })
  position: number;
}
