import { Form, useNavigation } from "@remix-run/react";
import { useEffect } from "react";
import type { SlotDay } from "~/domain/booking";

/**
 * "Show times in": a plain GET form, so it works without JavaScript. With JavaScript, a visitor
 * who has not chosen yet is shown their browser's zone straight away.
 */
export function TimeZoneChooser({
  timeZone,
  timeZones,
  chosen,
}: {
  timeZone: string;
  timeZones: readonly string[];
  chosen: boolean;
}) {
  useEffect(() => {
    if (chosen) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone && browserZone !== timeZone && timeZones.includes(browserZone)) {
      const url = new URL(window.location.href);
      url.searchParams.set("tz", browserZone);
      window.location.replace(url.toString());
    }
  }, [chosen, timeZone, timeZones]);
  return (
    <Form method="get" className="flex flex-wrap items-end gap-2 text-sm">
      <label htmlFor="tz" className="font-semibold text-ink">
        Times are shown in
      </label>
      <select id="tz" name="tz" defaultValue={timeZone} className="rounded-md border border-slate-400 px-2 py-1.5">
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, " ")}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded-md border border-ink px-3 py-1.5 font-semibold text-ink">
        Show
      </button>
    </Form>
  );
}

/** The free times as radio buttons grouped by day, and the button that books (or moves to) one. */
export function SlotPicker({
  days,
  timeZone,
  intent,
  submitLabel,
}: {
  days: readonly SlotDay[];
  timeZone: string;
  intent?: string;
  submitLabel: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  if (days.length === 0)
    return (
      <p className="text-ink">
        There is no free time in the next two weeks. Reply to your confirmation email and we will find one.
      </p>
    );
  return (
    <Form method="post" className="space-y-4">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <input type="hidden" name="tz" value={timeZone} />
      {days.map((day, index) => (
        <fieldset key={day.label} className="rounded-lg border border-slate-200 p-3">
          <legend className="px-1 font-semibold text-ink">{day.label}</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {day.slots.map((slot, slotIndex) => (
              <label
                key={slot.id}
                className="inline-flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 px-3 py-2 text-ink has-[:checked]:border-brand has-[:checked]:bg-brand-light"
              >
                <input type="radio" name="slot" value={slot.id} required={index === 0 && slotIndex === 0} />
                {slot.time}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" disabled={busy} aria-busy={busy} className="button-primary">
        {busy ? "Booking…" : submitLabel}
      </button>
    </Form>
  );
}

export function ProblemMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
      data-testid="booking-problem"
    >
      {message}
    </p>
  );
}
