/**
 * How long a new VM's disk takes to exist, by how it is made (before placement and boot):
 * - from a template: the template's disk (its allocated space) copied at the datastore's
 *   bandwidth, or the template's fixed deployTime when the scenario has no datastores;
 * - full clone: the source VM's disks (base and any delta) copied at the lower of the two
 *   datastores' bandwidths, or its template's deployTime without datastores;
 * - linked clone: a snapshot of the source plus an empty delta disk, metadata only.
 */
/** A linked clone in seconds: vSphere linked and instant clones take seconds (assumption: 5 s). */
export const LINKED_CLONE_MS = 5_000;
/**
 * Least inter-VM sharing fraction of a linked clone: it boots from its source's very disk
 * blocks, so far more of its pages match its source's than those of another VM of the same
 * guest OS (assumption: 50 %; the template default is 15 %).
 */
export const LINKED_CLONE_INTER_FRAC = 0.5;
//# sourceMappingURL=deploy-time.js.map