-- A stakeholder's history names each field as the API does: measured sentiment was stored under its column name.
UPDATE "stakeholder_changes" SET "field" = 'measuredSentiment' WHERE "field" = 'measured_sentiment';
