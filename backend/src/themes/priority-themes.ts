/**
 * The ids of the six priority themes the ThemesAndTracker migration seeds on every install (the migration
 * writes them itself, as migrations never import code that may change). For the demo data and the tests.
 */
export const PRIORITY_THEMES = {
  earlyChildhood: '6a1f0b1e-0c1d-4c3e-9a51-000000000001',
  communityServices: '6a1f0b1e-0c1d-4c3e-9a51-000000000002',
  childPoverty: '6a1f0b1e-0c1d-4c3e-9a51-000000000003',
  childProtection: '6a1f0b1e-0c1d-4c3e-9a51-000000000004',
  violence: '6a1f0b1e-0c1d-4c3e-9a51-000000000005',
  disabilities: '6a1f0b1e-0c1d-4c3e-9a51-000000000006',
} as const;
