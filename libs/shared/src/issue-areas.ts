/**
 * The issue areas ("baskets") that meetings, papers and recommendations are tagged with. The order
 * is the order people expect to see them in: the economic basket, then the security basket.
 */
export const IssueArea = {
  TRADE: 'TRADE',
  TRANSPORT: 'TRANSPORT',
  ENERGY: 'ENERGY',
  ENVIRONMENT: 'ENVIRONMENT',
  DISASTER_RISK: 'DISASTER_RISK',
  NUCLEAR_SAFETY: 'NUCLEAR_SAFETY',
  MARITIME_SECURITY: 'MARITIME_SECURITY',
  DENUCLEARIZATION: 'DENUCLEARIZATION',
  ARMS_REDUCTION: 'ARMS_REDUCTION',
  TRANSNATIONAL_CRIME: 'TRANSNATIONAL_CRIME',
  CONFIDENCE_BUILDING: 'CONFIDENCE_BUILDING',
  INSTITUTION_BUILDING: 'INSTITUTION_BUILDING',
  HUMAN_SECURITY: 'HUMAN_SECURITY',
} as const;
export type IssueArea = (typeof IssueArea)[keyof typeof IssueArea];

export const issueAreaLabels: Record<IssueArea, string> = {
  TRADE: 'Trade',
  TRANSPORT: 'Transport',
  ENERGY: 'Energy',
  ENVIRONMENT: 'Environment',
  DISASTER_RISK: 'Disaster risk',
  NUCLEAR_SAFETY: 'Nuclear safety',
  MARITIME_SECURITY: 'Maritime security',
  DENUCLEARIZATION: 'Denuclearization',
  ARMS_REDUCTION: 'Arms reduction',
  TRANSNATIONAL_CRIME: 'Transnational crime',
  CONFIDENCE_BUILDING: 'Confidence building',
  INSTITUTION_BUILDING: 'Institution building',
  HUMAN_SECURITY: 'Human security',
};
