import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';
import { hasSharedTree, headersOf, readTreeJson } from './fixtures.test-support.ts';

describe('detectFormat from file name and headers', () => {
  it.each([
    ['salesforce/sample/report-export-accounts-contacts.csv', 'salesforce', 'accounts_contacts_report', 'label'],
    ['salesforce/sample/apex-recipes-accounts.csv', 'salesforce', 'account', 'api'],
    ['salesforce/sample/apex-recipes-contacts.csv', 'salesforce', 'contact', 'api'],
    ['salesforce/sample/apex-recipes-opportunities.csv', 'salesforce', 'opportunity', 'api'],
    ['salesforce/dataloader/Account.csv', 'salesforce', 'account', 'api'],
    ['salesforce/dataloader/Contact.csv', 'salesforce', 'contact', 'api'],
    ['salesforce/dataloader/AccountContactRelation.csv', 'salesforce', 'account_contact_relation', 'api'],
    ['salesforce/dataloader/OpportunityContactRole.csv', 'salesforce', 'opportunity_contact_role', 'api'],
    ['salesforce/dataloader/Task.csv', 'salesforce', 'task', 'api'],
    ['salesforce/dataloader/Event.csv', 'salesforce', 'event', 'api'],
    ['salesforce/dataloader/Opportunity.csv', 'salesforce', 'opportunity', 'api'],
    ['salesforce/dataloader/User.csv', 'salesforce', 'user', 'api'],
    ['hubspot/hubspot-crm-exports-all-companies-2024-03-05.csv', 'hubspot', 'company', 'label'],
    ['hubspot/hubspot-crm-exports-all-contacts-2024-03-05.csv', 'hubspot', 'contact', 'label'],
    ['hubspot/hubspot-activities-2024-03.csv', 'hubspot', 'engagement', 'label'],
    ['hubspot/hubspot-crm-exports-all-deals-2024-03-05.csv', 'hubspot', 'deal', 'label'],
  ])('%s → %s %s (%s headers)', async (path, system, object, headerStyle) => {
    const detected = detectFormat(path, await headersOf(path));
    expect(detected).toMatchObject({ system, object, headerStyle, confidence: 'high' });
    expect(detected.reasons[0]).toMatch(/^headers .* match /);
  });

  it('recognises the same headers whatever the file is called', async () => {
    const headers = await headersOf('salesforce/dataloader/Task.csv');
    expect(detectFormat('export (3).csv', headers)).toMatchObject({ system: 'salesforce', object: 'task' });
  });

  it('tells a Salesforce contact report (labels) from a HubSpot contact export', () => {
    expect(detectFormat('contacts.csv', ['First Name', 'Last Name', 'Account Name', 'Title', 'Email'])).toMatchObject({
      system: 'salesforce',
      object: 'contact',
      headerStyle: 'label',
    });
  });

  it('falls back to a generic file that needs a mapping, and says why', () => {
    const detected = detectFormat('visits.csv', ['Customer', 'Visited on', 'Notes']);
    expect(detected).toMatchObject({ system: 'generic', object: 'unknown', confidence: 'low' });
    expect(detected.reasons[0]).toContain('map the columns');
  });

  it.skipIf(!hasSharedTree)('recognises sObject-tree JSON and its plan', () => {
    expect(detectFormat('Contacts.json', null, readTreeJson('Contacts.json'))).toMatchObject({
      system: 'sobject_tree',
      object: 'contact',
      confidence: 'high',
    });
    expect(detectFormat('data-plan.json', null, readTreeJson('data-plan.json'))).toMatchObject({
      system: 'sobject_tree',
      object: 'tree_plan',
    });
  });

  it('does not take arbitrary JSON for a tree', () => {
    expect(detectFormat('x.json', null, { rows: [] })).toMatchObject({ object: 'unknown', confidence: 'low' });
  });
});
if (!hasSharedTree) console.warn('sObject-tree JSON not found in ../shared/data/crm/salesforce/tree: tree detection test skipped');
