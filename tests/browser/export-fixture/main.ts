// Mounts the export components on a page of their own for the browser tests, so they are
// tested as a writer meets them even before (and independently of) the draft page.
import { mount } from 'svelte';
import Harness from './Harness.svelte';

mount(Harness, { target: document.getElementById('app') as HTMLElement });
