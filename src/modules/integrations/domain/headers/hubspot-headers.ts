/** HubSpot export header tables (CRM "Export" of companies, contacts, activities, deals): property labels. */
import { distinct, f, type HeaderTable, signal } from './header-table.ts';

const associatedCompany = {
  accountExternalId: distinct('Associated Company IDs', 'Associated Company ID', 'Primary Associated Company ID', 'Company ID'),
  accountName: distinct('Associated Company', 'Associated Companies', 'Primary Associated Company'),
};

export const HUBSPOT_COMPANY: HeaderTable = {
  system: 'hubspot',
  object: 'company',
  fileName: /compan(y|ies)/i,
  required: [['name']],
  fields: {
    externalId: distinct('Record ID', 'Company ID', 'hs_object_id'),
    name: distinct('Company name', 'Name'),
    domain: distinct('Company Domain Name', 'Website URL', 'Domain'),
    industry: f('Industry'),
    employees: f('Number of Employees', 'numberofemployees'),
    annualRevenue: f('Annual Revenue', 'annualrevenue'),
    arr: f('ARR', 'Annual Recurring Revenue'),
    tier: f('Tier', 'Customer Tier', 'CS Tier'),
    sizeBand: f('Size Band'),
    region: f('Region'),
    country: f('Country/Region', 'Country'),
    renewalDate: f('Renewal Date', 'Contract End Date'),
    ownerName: distinct('Company owner', 'HubSpot Owner'),
    ownerEmail: f('Company owner email', 'Owner email'),
    phone: f('Phone Number'),
  },
};

export const HUBSPOT_CONTACT: HeaderTable = {
  system: 'hubspot',
  object: 'contact',
  fileName: /contacts?\b/i,
  required: [
    ['firstName', 'lastName', 'email'],
    ['accountExternalId', 'accountName'],
  ],
  fields: {
    externalId: distinct('Record ID', 'Contact ID', 'hs_object_id'),
    firstName: f('First Name', 'firstname'),
    lastName: f('Last Name', 'lastname'),
    email: f('Email'),
    title: f('Job Title', 'jobtitle'),
    phone: f('Phone Number', 'Mobile Phone Number'),
    ...associatedCompany,
    roles: distinct('Buying Role', 'Buying Roles', 'hs_buying_role'),
    persona: distinct('Persona', 'hs_persona'),
    npsScore: distinct('Last NPS survey rating', 'Last NPS rating'),
    npsComment: distinct('Last NPS survey comment'),
    npsDate: distinct('Last NPS survey date'),
    ownerName: distinct('Contact owner'),
  },
};

export const HUBSPOT_ENGAGEMENT: HeaderTable = {
  system: 'hubspot',
  object: 'engagement',
  fileName: /(engagements?|activities|calls|meetings|emails|notes)\b/i,
  required: [['occurredAt'], ['accountExternalId', 'accountName']],
  fields: {
    externalId: distinct('Record ID', 'Activity ID', 'Engagement ID'),
    activityType: distinct('Activity type', 'Engagement type', 'Type'),
    occurredAt: distinct('Activity date', 'Meeting start time', 'Call date', 'Email send date', 'Timestamp', 'Create Date'),
    subject: f('Subject', 'Title', 'Call title', 'Meeting name', 'Email subject'),
    description: f('Body', 'Body preview', 'Call notes', 'Meeting description', 'Note body', 'Notes'),
    ...associatedCompany,
    participantIds: distinct('Associated Contact IDs', 'Associated Contact ID'),
    participantEmails: distinct('Associated Contact emails', 'Associated Contact', 'Associated Contacts'),
    ownerName: distinct('Activity assigned to', 'Created by', 'HubSpot Owner'),
  },
};

export const HUBSPOT_DEAL: HeaderTable = {
  system: 'hubspot',
  object: 'deal',
  fileName: /deals?\b/i,
  required: [['closeDate'], ['stage'], ['accountExternalId', 'accountName']],
  fields: {
    externalId: distinct('Record ID', 'Deal ID', 'hs_object_id'),
    name: distinct('Deal Name', 'dealname'),
    closeDate: f('Close Date', 'closedate'),
    stage: distinct('Deal Stage', 'dealstage'),
    pipeline: signal('Pipeline'),
    amount: f('Amount'),
    opportunityType: distinct('Deal Type', 'dealtype'),
    ...associatedCompany,
    ownerName: distinct('Deal owner'),
  },
};

export const HUBSPOT_TABLES: readonly HeaderTable[] = [HUBSPOT_COMPANY, HUBSPOT_CONTACT, HUBSPOT_ENGAGEMENT, HUBSPOT_DEAL];
