import { graphql } from '../../../__generated__';

/**
 * Everything the study group page shows. Mutations that answer with the group select the same, so
 * one change (a member added, a planned meeting removed and the rest renumbered) refreshes every tab.
 */
export const studyGroupPageFragment = graphql(`
  fragment StudyGroupPage_studyGroup on StudyGroup {
    id
    title
    status
    startDate
    endDate
    council {
      id
      name
      acronym
    }
    reportsTo {
      id
      name
      acronym
    }
    ...StudyGroupStatusActions_studyGroup
    ...StudyGroupOverview_studyGroup
    ...StudyGroupCommittees_studyGroup
    ...StudyGroupMeetings_studyGroup
    ...SubGroups_studyGroup
    ...StudyGroupOutputs_studyGroup
  }
`);

export const studyGroupQuery = graphql(`
  query StudyGroup($id: ID!) {
    studyGroup(id: $id) {
      id
      ...StudyGroupPage_studyGroup
    }
  }
`);
