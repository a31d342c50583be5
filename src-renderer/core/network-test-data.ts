import type { NetworkSheet } from './network-file';

/** Test data: a Lancashire small-school cluster of real schools (GIAS 2021, LA 888). */
export function lancashireSheet(overrides: Partial<NetworkSheet> = {}): NetworkSheet {
  return {
    networkId: 'net-wyre-rural',
    name: 'Wyre Rural Schools Cluster',
    kind: 'small-school-cluster',
    localAuthority: 'Lancashire',
    startedYear: 2002,
    focus: 'Writing across mixed-age classes',
    schools: [
      { urn: '119128', name: 'Forton Primary School', area: 'Wyre' },
      { urn: '119140', name: 'Nateby Primary School', area: 'Wyre' },
      { urn: '119147', name: 'Stalmine Primary School', area: 'Wyre' },
    ],
    coLeaders: [{ name: 'Mrs A. Hartley', school: 'Forton Primary School', role: 'Headteacher', email: 'head@forton.example', phone: '01524 000001' }],
    partners: [{ name: 'Edge Hill College', provides: 'Accreditation of teacher research' }],
    collaborativeWork: 'Shared moderation of writing; joint staff meetings each half-term.',
    recentActivity: 'Moderation day held in October.',
    preparedOn: '2004-10-15',
    preparedBy: 'Mrs A. Hartley',
    ...overrides,
  };
}
