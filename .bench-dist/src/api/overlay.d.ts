import { z } from 'zod';
import type { Simulation } from '../run/simulate.js';
export declare const Overlay: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    description: z.ZodDefault<z.ZodString>;
    events: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"host-failure">;
        host: z.ZodString;
        repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"host-repair">;
        host: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"domain-failure">;
        domain: z.ZodString;
        repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"site-failure">;
        site: z.ZodString;
        repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"host-isolation">;
        host: z.ZodString;
        duration: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"maintenance">;
        host: z.ZodString;
        duration: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"migrate">;
        vm: z.ZodString;
        host: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"power-on">;
        host: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"power-off">;
        host: z.ZodString;
        retire: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"create-vms">;
        group: z.ZodString;
        count: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"delete-vms">;
        group: z.ZodString;
        count: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"hot-add">;
        vm: z.ZodOptional<z.ZodString>;
        group: z.ZodOptional<z.ZodString>;
        addVcpus: z.ZodDefault<z.ZodNumber>;
        addMemoryGiB: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"snapshot">;
        vm: z.ZodOptional<z.ZodString>;
        group: z.ZodOptional<z.ZodString>;
        action: z.ZodEnum<{
            create: "create";
            delete: "delete";
        }>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"storage-migrate">;
        vm: z.ZodString;
        datastore: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"cluster-policy">;
        cluster: z.ZodString;
        maxVcpuPerCore: z.ZodOptional<z.ZodNumber>;
        maxMemoryOvercommit: z.ZodOptional<z.ZodNumber>;
        drsThreshold: z.ZodOptional<z.ZodNumber>;
        dpmTargetUtilPct: z.ZodOptional<z.ZodNumber>;
        haAdmission: z.ZodOptional<z.ZodEnum<{
            slots: "slots";
            percentage: "percentage";
            disabled: "disabled";
        }>>;
        hostFailuresToTolerate: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>], "type">>>;
    clusters: z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        maxVcpuPerCore: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        maxMemoryOvercommit: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        drsThreshold: z.ZodOptional<z.ZodNumber>;
        dpmTargetUtilPct: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
    powerOffHosts: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export type OverlaySpec = z.output<typeof Overlay> & {
    readonly name: string;
};
export declare class OverlayError extends Error {
    readonly name = "OverlayError";
}
/** Read and validate an overlay file; every problem names the file and the path in it. */
export declare function readOverlay(file: string): OverlaySpec;
/**
 * Apply an overlay to a simulation at its current time: events are scheduled from now, policy
 * changes and power-offs happen now, each recorded as an `action` event. Returns the refusals.
 */
export declare function applyOverlay(sim: Simulation, overlay: OverlaySpec): string[];
