// People's contributions (issue 18): the only import surface of the module.
export { peopleRouter } from './people.http.js';
export { peopleFileOwner } from './people.files.js';
export { recordPeopleContribution, reversePeopleContribution } from './commands/record-people-contribution.js';
export { peopleSummary } from './people.summary.js';
