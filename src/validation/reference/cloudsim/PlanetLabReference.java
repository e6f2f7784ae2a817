import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import org.cloudbus.cloudsim.Cloudlet;
import org.cloudbus.cloudsim.DatacenterBroker;
import org.cloudbus.cloudsim.Host;
import org.cloudbus.cloudsim.HostStateHistoryEntry;
import org.cloudbus.cloudsim.Log;
import org.cloudbus.cloudsim.UtilizationModelNull;
import org.cloudbus.cloudsim.UtilizationModelPlanetLabInMemory;
import org.cloudbus.cloudsim.Vm;
import org.cloudbus.cloudsim.core.CloudSim;
import org.cloudbus.cloudsim.examples.power.Constants;
import org.cloudbus.cloudsim.examples.power.Helper;
import org.cloudbus.cloudsim.examples.power.planetlab.PlanetLabConstants;
import org.cloudbus.cloudsim.power.PowerDatacenter;
import org.cloudbus.cloudsim.power.PowerDatacenterNonPowerAware;
import org.cloudbus.cloudsim.power.PowerHost;
import org.cloudbus.cloudsim.power.PowerVmAllocationPolicySimple;

/**
 * CloudSim 5.0's PlanetLab power examples without migration (examples/power/planetlab/
 * NonPowerAware and Dvfs), set up as they set themselves up (Helper.createVmList /
 * createHostList / createDatacenter, Constants, PlanetLabConstants, PowerVmAllocationPolicySimple)
 * with one change: the day's files are taken in name order. PlanetLabHelper takes
 * File.listFiles() order, which Java leaves undefined (the directory's order on disk), and VM i's
 * type (MIPS, RAM) follows file i, so its figures depend on the machine.
 *
 * Prints one JSON object: the datacenter's energy as CloudSim sums it, the core-seconds the hosts
 * executed (each update's allocated MIPS held to the next update, the rule cloudlets progress by)
 * and left unmet (requested − allocated), the window those cover, and per VM the host it was
 * placed on and when it was deallocated (null: never).
 *
 * Usage: java PlanetLabReference npa|dvfs <day folder>
 */
public class PlanetLabReference {
	public static void main(String[] args) throws Exception {
		String policy = args[0];
		File[] files = new File(args[1]).listFiles();
		Arrays.sort(files, (a, b) -> a.getName().compareTo(b.getName()));
		Log.disable();
		CloudSim.init(1, Calendar.getInstance(), false);
		DatacenterBroker broker = Helper.createBroker();
		int brokerId = broker.getId();

		// PlanetLabHelper.createCloudletListPlanetLab, the files in name order.
		List<Cloudlet> cloudlets = new ArrayList<Cloudlet>();
		for (int i = 0; i < files.length; i++) {
			Cloudlet c = new Cloudlet(i, Constants.CLOUDLET_LENGTH, Constants.CLOUDLET_PES, 300, 300,
					new UtilizationModelPlanetLabInMemory(files[i].getAbsolutePath(), Constants.SCHEDULING_INTERVAL),
					new UtilizationModelNull(), new UtilizationModelNull());
			c.setUserId(brokerId);
			c.setVmId(i);
			cloudlets.add(c);
		}
		List<Vm> vms = Helper.createVmList(brokerId, cloudlets.size());
		List<PowerHost> hosts = Helper.createHostList(PlanetLabConstants.NUMBER_OF_HOSTS);
		final int[] hostOfVm = new int[vms.size()];
		final double[] stopAt = new double[vms.size()];
		Arrays.fill(hostOfVm, -1);
		Arrays.fill(stopAt, -1);

		// The policy both examples use, recording what it decides (its decisions are unchanged).
		PowerVmAllocationPolicySimple allocation = new PowerVmAllocationPolicySimple(hosts) {
			@Override
			public boolean allocateHostForVm(Vm vm, Host host) {
				boolean ok = super.allocateHostForVm(vm, host);
				if (ok) hostOfVm[vm.getId()] = host.getId();
				return ok;
			}

			@Override
			public void deallocateHostForVm(Vm vm) {
				if (stopAt[vm.getId()] < 0) stopAt[vm.getId()] = CloudSim.clock();
				super.deallocateHostForVm(vm);
			}
		};
		PowerDatacenter dc;
		if (policy.equals("npa")) { // NonPowerAware.main
			dc = (PowerDatacenter) Helper.createDatacenter("Datacenter", PowerDatacenterNonPowerAware.class, hosts, allocation);
			dc.setDisableMigrations(true);
		} else if (policy.equals("dvfs")) { // Dvfs.main -> PlanetLabRunner -> RunnerAbstract.start, policy "dvfs"
			dc = (PowerDatacenter) Helper.createDatacenter("Datacenter", PowerDatacenter.class, hosts, allocation);
			dc.setDisableMigrations(false);
		} else {
			throw new IllegalArgumentException("policy must be npa or dvfs, not " + policy);
		}
		broker.submitVmList(vms);
		broker.submitCloudletList(cloudlets);
		CloudSim.terminateSimulation(Constants.SIMULATION_LIMIT);
		double lastClock = CloudSim.startSimulation();
		CloudSim.stopSimulation();

		double busy = 0;
		double unmet = 0;
		double from = Double.NaN;
		double to = Double.NaN;
		for (PowerHost h : hosts) {
			List<HostStateHistoryEntry> hist = h.getStateHistory();
			double peMips = h.getPeList().get(0).getMips();
			for (int k = 0; k + 1 < hist.size(); k++) {
				HostStateHistoryEntry a = hist.get(k);
				double dt = hist.get(k + 1).getTime() - a.getTime();
				busy += a.getAllocatedMips() * dt / peMips;
				unmet += (a.getRequestedMips() - a.getAllocatedMips()) * dt / peMips;
			}
			if (!hist.isEmpty()) {
				from = hist.get(0).getTime();
				to = hist.get(hist.size() - 1).getTime();
			}
		}
		StringBuilder hostJson = new StringBuilder();
		StringBuilder stopJson = new StringBuilder();
		for (int i = 0; i < vms.size(); i++) {
			hostJson.append(i == 0 ? "" : ",").append(hostOfVm[i]);
			stopJson.append(i == 0 ? "" : ",").append(stopAt[i] < 0 ? "null" : String.format("%.1f", stopAt[i]));
		}
		System.out.printf("{\"policy\":\"%s\",\"files\":%d,\"hosts\":%d,\"vms\":%d,\"lastClockS\":%.3f,"
				+ "\"energyKwh\":%.9f,\"migrations\":%d,\"busyCoreS\":%.6f,\"unmetCoreS\":%.6f,\"historyFromS\":%.3f,\"historyToS\":%.3f,"
				+ "\"hostOfVm\":[%s],\"stopAtS\":[%s]}%n",
				policy, files.length, hosts.size(), vms.size(), lastClock, dc.getPower() / 3600 / 1000, dc.getMigrationCount(),
				busy, unmet, from, to, hostJson, stopJson);
	}
}
