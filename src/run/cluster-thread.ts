/**
 * Worker-thread entry for runs split by cluster: simulates the cluster it is sent, reporting
 * the simulated time reached as progress (split-run.ts). Loaded from dist/.
 */
import { serveTasks } from '../threads/index.js';
import { runCluster, type ClusterRunOutput, type ClusterRunRequest } from './cluster-run.js';

serveTasks<ClusterRunRequest, ClusterRunOutput, number>('src/run/cluster-thread.ts', (req, progress) => runCluster(req, progress));
