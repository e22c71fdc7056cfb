// Month and day names, once: mention finding skips them as names, the city list never reads them as towns,
// and event dating looks for them as cues.
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** A capitalised month or day name ("Wednesday", "March"). */
export const CALENDAR_WORDS = new RegExp(`^(${[...WEEKDAY_NAMES, ...MONTH_NAMES].join("|")})$`);
/** Month abbreviations as news writes them ("Sept", "Oct."). */
export const MONTH_STEMS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)";
/** A weekday anywhere in a text, any case. */
export const WEEKDAY_IN_TEXT = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
