/**
 * The space a template's virtual disk takes on its datastore, as the spec declares it (thin or
 * thick, and the written share of a thin disk): read alike by the scenario checks
 * (check-provisioning.ts) and the storage model (model/storage/layout.ts, provisioner.ts).
 */
import type { TemplateSpec } from './schema.js';
/** Space a disk of `sizeMiB` takes: all of it when thick, the written share when thin. */
export declare function allocatedMiB(t: Pick<TemplateSpec, 'disk' | 'diskUsedPct'>, sizeMiB: number): number;
