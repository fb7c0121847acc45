/** Salesforce header tables: Data Loader / Data Export API names and report-export labels. */
import { distinct, f, type HeaderTable, signal } from './header-table.ts';

const owner = { ownerExternalId: f('OwnerId', 'Owner ID'), ownerEmail: f('Owner.Email', 'Owner Email') };

export const SALESFORCE_ACCOUNT: HeaderTable = {
  system: 'salesforce',
  object: 'account',
  fileName: /(^|[^a-z])accounts?\b(?!.*contact)/i,
  required: [['name']],
  fields: {
    externalId: f('Id', 'Account ID'),
    name: f('Name', 'Account Name'),
    crmType: f('Type', 'Account Type'),
    industry: f('Industry'),
    employees: distinct('NumberOfEmployees', 'Employees'),
    annualRevenue: distinct('AnnualRevenue', 'Annual Revenue'),
    arr: f('ARR', 'ARR__c', 'Annual Recurring Revenue', 'Annual_Recurring_Revenue__c'),
    tier: f('Tier__c', 'Tier', 'Customer Tier', 'CS Tier'),
    sizeBand: f('Size_Band__c', 'Size Band'),
    region: f('Region__c', 'Region'),
    country: distinct('BillingCountry', 'Billing Country'),
    billingState: signal('BillingState', 'Billing State/Province'),
    renewalDate: f('Renewal_Date__c', 'Renewal Date'),
    ownerName: f('Account Owner', 'Owner.Name'),
    website: f('Website'),
    phone: f('Phone'),
    ...owner,
  },
};

export const SALESFORCE_CONTACT: HeaderTable = {
  system: 'salesforce',
  object: 'contact',
  fileName: /contacts?\b/i,
  required: [
    ['firstName', 'lastName', 'email'],
    ['accountExternalId', 'accountName'],
  ],
  fields: {
    externalId: f('Id', 'Contact ID'),
    accountExternalId: distinct('AccountId', 'Account ID'),
    accountName: f('Account.Name', 'Account Name'),
    firstName: f('FirstName', 'First Name'),
    lastName: f('LastName', 'Last Name'),
    email: f('Email'),
    title: f('Title'),
    phone: f('Phone', 'Business Phone', 'MobilePhone', 'Mobile'),
    roles: f('Contact_Role__c', 'Role__c', 'Roles'),
    mailingCountry: signal('MailingCountry', 'Mailing Country'),
    ...owner,
  },
};

export const SALESFORCE_ACCOUNT_CONTACT_RELATION: HeaderTable = {
  system: 'salesforce',
  object: 'account_contact_relation',
  fileName: /accountcontactrelation/i,
  required: [['accountExternalId'], ['contactExternalId'], ['roles']],
  fields: {
    externalId: f('Id'),
    accountExternalId: f('AccountId', 'Account ID'),
    contactExternalId: f('ContactId', 'Contact ID'),
    roles: distinct('Roles'),
    isActive: f('IsActive', 'Active'),
    isDirect: signal('IsDirect', 'Direct'),
    endDate: f('EndDate', 'End Date'),
  },
};

export const SALESFORCE_OPPORTUNITY_CONTACT_ROLE: HeaderTable = {
  system: 'salesforce',
  object: 'opportunity_contact_role',
  fileName: /opportunitycontactrole/i,
  required: [['opportunityExternalId'], ['contactExternalId'], ['roles']],
  fields: {
    externalId: f('Id'),
    opportunityExternalId: distinct('OpportunityId', 'Opportunity ID'),
    contactExternalId: f('ContactId', 'Contact ID'),
    roles: f('Role', 'Contact Role'),
    isPrimary: distinct('IsPrimary', 'Primary'),
  },
};

const activity = {
  externalId: f('Id', 'Activity ID'),
  whoId: distinct('WhoId', 'Name ID'),
  whatId: distinct('WhatId', 'Related To ID'),
  accountExternalId: f('AccountId', 'Account ID'),
  subject: f('Subject'),
  description: f('Description', 'Comments', 'Full Comments'),
  activityType: f('Type'),
  ...owner,
};

export const SALESFORCE_TASK: HeaderTable = {
  system: 'salesforce',
  object: 'task',
  fileName: /tasks?\b/i,
  required: [
    ['activityDate', 'completedAt'],
    ['accountExternalId', 'whatId'],
  ],
  fields: {
    ...activity,
    activityDate: f('ActivityDate', 'Due Date', 'Date'),
    completedAt: distinct('CompletedDateTime', 'Completed Date/Time'),
    subtype: distinct('TaskSubtype', 'Task Subtype'),
    status: distinct('Status'),
    isClosed: distinct('IsClosed', 'Closed'),
  },
};

export const SALESFORCE_EVENT: HeaderTable = {
  system: 'salesforce',
  object: 'event',
  fileName: /events?\b/i,
  required: [
    ['startDateTime', 'activityDate'],
    ['accountExternalId', 'whatId'],
  ],
  fields: {
    ...activity,
    startDateTime: distinct('StartDateTime', 'ActivityDateTime', 'Start', 'Start Date/Time'),
    activityDate: f('ActivityDate', 'Date'),
    endDateTime: signal('EndDateTime', 'End', 'End Date/Time'),
    durationMinutes: signal('DurationInMinutes', 'Duration'),
    subtype: distinct('EventSubtype', 'Event Subtype'),
  },
};

export const SALESFORCE_OPPORTUNITY: HeaderTable = {
  system: 'salesforce',
  object: 'opportunity',
  fileName: /opportunit(y|ies)\b/i,
  required: [['closeDate'], ['stage'], ['accountExternalId', 'accountName']],
  fields: {
    externalId: f('Id', 'Opportunity ID'),
    accountExternalId: f('AccountId', 'Account ID'),
    accountName: f('Account.Name', 'Account Name'),
    name: f('Name', 'Opportunity Name'),
    closeDate: distinct('CloseDate', 'Close Date'),
    stage: distinct('StageName', 'Stage'),
    amount: f('Amount'),
    opportunityType: f('Type', 'Opportunity Type'),
    isClosed: distinct('IsClosed', 'Closed'),
    isWon: distinct('IsWon', 'Won'),
    ...owner,
  },
};

export const SALESFORCE_USER: HeaderTable = {
  system: 'salesforce',
  object: 'user',
  fileName: /users?\b/i,
  required: [['externalId'], ['email']],
  fields: {
    externalId: f('Id', 'User ID'),
    email: f('Email'),
    firstName: f('FirstName', 'First Name'),
    lastName: f('LastName', 'Last Name'),
    name: f('Name', 'Full Name'),
    username: signal('Username', 'User Name'),
    isActive: f('IsActive', 'Active'),
    profile: signal('ProfileId', 'Profile'),
    userRole: signal('UserRoleId', 'Role'),
  },
};

/** A report export of accounts with their contacts: label headers prefixed by object, no ids. */
export const SALESFORCE_ACCOUNTS_CONTACTS_REPORT: HeaderTable = {
  system: 'salesforce',
  object: 'accounts_contacts_report',
  required: [['accountName']],
  fields: {
    accountName: distinct('Account: Account Name'),
    accountType: distinct('Account: Type', 'Account: Account Type'),
    accountPhone: distinct('Account: Phone'),
    accountIndustry: distinct('Account: Industry'),
    accountEmployees: distinct('Account: Employees'),
    accountCountry: distinct('Account: Billing Country'),
    accountOwner: distinct('Account: Account Owner'),
    firstName: distinct('Contact: First Name'),
    lastName: distinct('Contact: Last Name'),
    title: distinct('Contact: Title'),
    phone: distinct('Contact: Phone'),
    email: distinct('Contact: Email'),
  },
};

export const SALESFORCE_TABLES: readonly HeaderTable[] = [
  SALESFORCE_ACCOUNT,
  SALESFORCE_CONTACT,
  SALESFORCE_ACCOUNT_CONTACT_RELATION,
  SALESFORCE_OPPORTUNITY_CONTACT_ROLE,
  SALESFORCE_TASK,
  SALESFORCE_EVENT,
  SALESFORCE_OPPORTUNITY,
  SALESFORCE_USER,
  SALESFORCE_ACCOUNTS_CONTACTS_REPORT,
];
