import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { AgendaSpeakerRole } from '@plenary/shared';
import { PersonEntity } from '../people/person.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/**
 * A speaker, presenter or discussant of an agenda item, in the order the agenda lists them: a
 * person from the directory, or a name written before anyone is invited ("TBC" included).
 */
@Entity({ name: 'agenda_speakers' })
@Unique('agenda_speakers_item_person_key', ['itemId', 'personId'])
@Check('agenda_speakers_person_or_name', `(person_id IS NULL) <> (name IS NULL)`)
export class AgendaSpeakerEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'agenda_speakers_pkey' })
  itemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'agenda_speakers_item_id_fkey' })
  item?: AgendaItemEntity;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  @Index('agenda_speakers_person_id_idx')
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'agenda_speakers_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text' })
  role: AgendaSpeakerRole;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'agenda_speakers_pkey' })
  position: number;
}
