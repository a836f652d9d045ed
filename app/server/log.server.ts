/** One line per event, with a timestamp, on stdout (info) or stderr (problems). */
function line(level: string, message: string) {
  return `${new Date().toISOString()} ${level} ${message}`;
}

export const log = {
  info(message: string) {
    console.log(line("info", message));
  },
  warn(message: string) {
    console.warn(line("warn", message));
  },
  error(message: string) {
    console.error(line("error", message));
  },
};
