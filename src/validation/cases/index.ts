/** Every validation case, in the order `npm run validate` prints them. */
import type { ValidationCase } from '../case.js';
import { bitbrainsFastHost } from './bitbrains-fast-host.js';
import { bitbrainsSlowHost } from './bitbrains-slow-host.js';
import { captureBusyCpu } from './capture-busy-cpu.js';
import { captureBusyDelay } from './capture-busy-delay.js';
import { captureForeignLoad } from './capture-foreign-load.js';
import { captureIdleCpu } from './capture-idle-cpu.js';
import { captureIdleDelay } from './capture-idle-delay.js';
import { captureKsmShared } from './capture-ksm-shared.js';
import { captureKsmSharing } from './capture-ksm-sharing.js';
import { cloudsimBusyCoreSeconds } from './cloudsim-busy-core-seconds.js';
import { cloudsimDvfsEnergy } from './cloudsim-dvfs-energy.js';
import { cloudsimIdleCoreSeconds } from './cloudsim-idle-core-seconds.js';
import { cloudsimNpaEnergy } from './cloudsim-npa-energy.js';
import { captureSetmemLowered, captureSetmemRestored } from './capture-setmem.js';
import { ftaHostDowntime } from './fta-host-downtime.js';
import { ksmTwoGuests } from './ksm-two-guests.js';
import { planetlabDayMean } from './planetlab-day-mean.js';
import { planetlabMedianVmMean } from './planetlab-median-vm-mean.js';
import { planetlabDayStdev } from './planetlab-day-stdev.js';
import { specpowerHalfLoad } from './specpower-half-load.js';

export const CASES: readonly ValidationCase[] = [
  bitbrainsFastHost,
  bitbrainsSlowHost,
  planetlabDayMean,
  planetlabDayStdev,
  planetlabMedianVmMean,
  specpowerHalfLoad,
  cloudsimDvfsEnergy,
  cloudsimNpaEnergy,
  cloudsimBusyCoreSeconds,
  cloudsimIdleCoreSeconds,
  ksmTwoGuests,
  captureKsmSharing,
  captureKsmShared,
  ftaHostDowntime,
  captureForeignLoad,
  captureBusyCpu,
  captureBusyDelay,
  captureIdleCpu,
  captureIdleDelay,
  captureSetmemLowered,
  captureSetmemRestored,
];
