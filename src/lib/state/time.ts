const pad = (n: number) => String(n).padStart(2, '0');

/** HH:MM:SS in local time, for 已保存 HH:MM:SS. */
export function hhmmss(t: number): string {
	const d = new Date(t);
	return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** HH:MM in local time, for conflict copy titles. */
export function hhmm(t: number): string {
	const d = new Date(t);
	return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** YYYY-MM-DD HH:MM, for lists and history. */
export function dateTime(t: number): string {
	const d = new Date(t);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
