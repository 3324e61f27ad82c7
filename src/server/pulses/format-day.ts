/** Round dates as people read them. Rounds live in UTC days, so they are shown in UTC too. */
const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export const formatDay = (instant: Date): string => DAY.format(instant);

/** The last day a round takes answers: it closes at midnight UTC at the end of that day. */
export const lastDayOf = (closesAt: Date): Date => new Date(closesAt.getTime() - 1);
