import { describe, expect, it } from 'vitest';

import { customTriggerCurl } from './curl';

describe('customTriggerCurl', () => {
  it('names the site and the schedule', () => {
    expect(customTriggerCurl('https://vizpost.example.com', 'abc-123', '42')).toBe(
      "curl -X POST https://vizpost.example.com/api/webhooks -H 'Authorization: Bearer <TOKEN>' " +
        "-H 'Content-Type: application/json' " +
        `-d '{"site_luid":"abc-123","event_type":"custom","schedule_ids":[42]}'`,
    );
  });
});
