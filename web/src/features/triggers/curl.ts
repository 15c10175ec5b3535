/** A ready-to-run call that fires a schedule's custom trigger. */
export function customTriggerCurl(origin: string, siteLuid: string, scheduleId: string): string {
  const id = /^\d+$/.test(scheduleId) ? scheduleId : JSON.stringify(scheduleId);
  const body = `{"site_luid":"${siteLuid}","event_type":"custom","schedule_ids":[${id}]}`;
  return (
    `curl -X POST ${origin}/api/webhooks ` +
    `-H 'Authorization: Bearer <TOKEN>' ` +
    `-H 'Content-Type: application/json' ` +
    `-d '${body}'`
  );
}
