/**
 * The offline service worker, from the page's side: registers it (hosted build only; a file
 * opened from disk has none) and tells when a new version of the app has been downloaded and is
 * waiting. The new version never replaces the running page by itself: the writer reloads when
 * they choose, and only then is the waiting worker told to take over.
 */
export class AppUpdate {
	/** A new version is installed and waits for a reload. */
	waiting = $state(false);
	#registration: ServiceWorkerRegistration | null = null;

	async register(url = './service-worker.js', options: RegistrationOptions = {}): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		if (location.protocol === 'file:') return;
		let registration: ServiceWorkerRegistration;
		try {
			registration = await navigator.serviceWorker.register(url, options);
		} catch {
			return; // No offline copy this time (private mode, blocked by policy): the app still works.
		}
		this.#registration = registration;
		// "installed" with a page already controlled means: an update, not the first visit.
		const watch = (worker: ServiceWorker | null) => {
			if (!worker) return;
			const check = () => {
				if (worker.state === 'installed' && navigator.serviceWorker.controller) this.waiting = true;
			};
			check();
			worker.addEventListener('statechange', check);
		};
		if (registration.waiting && navigator.serviceWorker.controller) this.waiting = true;
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));
		// A tab left open for days still hears of new versions when the writer comes back to it.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
		});
	}

	/** Asks the browser to look for a new version now. */
	async check(): Promise<void> {
		await this.#registration?.update().catch(() => undefined);
	}

	/** The writer chose to reload: the waiting version takes over, then the page reloads into it. */
	reload(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		waiting.postMessage('skip-waiting');
	}
}

export const appUpdate = new AppUpdate();
