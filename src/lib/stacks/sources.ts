/**
 * Every citation the bundled stacks use, keyed by a short stable id. Nodes, edges and steps refer to these ids,
 * and each stack copies the subset it needs into its own `sources` table with `pickSources`.
 *
 * URLs are given only where their exact form is known (official blogs, docs and repositories); a source without
 * one is cited by title. Titles marked "(secondary)" are news or third-party write-ups: good enough for narration,
 * never the only support of a date on a box.
 */
import type { SourceSpec } from '../model/types.js';

const TABLE = {
	/* ---------- Kubernetes blog ---------- */
	'k8s-blog-2015-05-04-appc-rkt': {
		title: 'Kubernetes blog (2015-05-04): AppC support for Kubernetes through rkt',
		url: 'https://kubernetes.io/blog/2015/05/appc-support-for-kubernetes-through-rkt/'
	},
	'k8s-blog-2016-07-11-rktnetes': {
		title: 'Kubernetes blog (2016-07-11): rktnetes brings rkt container engine to Kubernetes',
		url: 'https://kubernetes.io/blog/2016/07/rktnetes-brings-rkt-container-engine-to-kubernetes/'
	},
	'k8s-blog-2016-12-13-1.5': {
		title: 'Kubernetes blog (2016-12-13): Kubernetes 1.5: Supporting Production Workloads',
		url: 'https://kubernetes.io/blog/2016/12/kubernetes-1-5-supporting-production-workloads/'
	},
	'k8s-blog-2016-12-19-cri': {
		title: 'Kubernetes blog (2016-12-19): Introducing Container Runtime Interface (CRI) in Kubernetes',
		url: 'https://kubernetes.io/blog/2016/12/container-runtime-interface-cri-in-kubernetes/'
	},
	'k8s-blog-2017-03-28-1.6': {
		title: 'Kubernetes blog (2017-03-28): Kubernetes 1.6: Multi-user, Multi-workloads at Scale',
		url: 'https://kubernetes.io/blog/2017/03/kubernetes-1-6-multi-user-multi-workloads-at-scale/'
	},
	'k8s-blog-2017-11-02-containerd': {
		title: 'Kubernetes blog (2017-11-02): Containerd Brings More Container Runtime Options for Kubernetes',
		url: 'https://kubernetes.io/blog/2017/11/containerd-container-runtime-options-kubernetes/'
	},
	'k8s-blog-2018-05-24-containerd-ga': {
		title: 'Kubernetes blog (2018-05-24): Kubernetes Containerd Integration Goes GA',
		url: 'https://kubernetes.io/blog/2018/05/24/kubernetes-containerd-integration-goes-ga/'
	},
	'k8s-blog-2020-12-02-dont-panic': {
		title: "Kubernetes blog (2020-12-02): Don't Panic: Kubernetes and Docker",
		url: 'https://kubernetes.io/blog/2020/12/02/dont-panic-kubernetes-and-docker/'
	},
	'k8s-blog-2020-12-02-dockershim-faq': {
		title: 'Kubernetes blog (2020-12-02): Dockershim Deprecation FAQ',
		url: 'https://kubernetes.io/blog/2020/12/02/dockershim-faq/'
	},
	'k8s-blog-2020-12-08-1.20': {
		title: 'Kubernetes blog (2020-12-08): Kubernetes 1.20: The Raddest Release',
		url: 'https://kubernetes.io/blog/2020/12/08/kubernetes-1-20-release-announcement/'
	},
	'k8s-blog-2022-05-03-1.24': {
		title: 'Kubernetes blog (2022-05-03): Kubernetes 1.24: Stargazer',
		url: 'https://kubernetes.io/blog/2022/05/03/kubernetes-1-24-release-announcement/'
	},
	'k8s-blog-2022-12-09-1.26': {
		title:
			'Kubernetes blog (2022-12-09): Kubernetes v1.26: Electrifying (CRI v1alpha2 removed; runtimes must serve CRI v1, containerd 1.6 or later)',
		url: 'https://kubernetes.io/blog/2022/12/09/kubernetes-v1-26-release/'
	},
	'k8s-blog-2022-11-18-1.26-changes': {
		title:
			'Kubernetes blog (2022-11-18): Kubernetes Removals, Deprecations, and Major Changes in 1.26 (CRI v1alpha2 removed; containerd 1.5 and older no longer supported)',
		url: 'https://kubernetes.io/blog/2022/11/18/upcoming-changes-in-1-26/'
	},
	'k8s-blog-2023-03-17-1.27-changes': {
		title:
			'Kubernetes blog (2023-03-17): Kubernetes Removals and Major Changes In v1.27 (the kubelet’s --container-runtime flag removed; "remote" was its only value after the dockershim)',
		url: 'https://kubernetes.io/blog/2023/03/17/upcoming-changes-in-kubernetes-v1-27/'
	},

	/* ---------- Kubernetes docs and code ---------- */
	'k8s-docs-container-runtimes': {
		title: 'Kubernetes documentation: Container Runtimes',
		url: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/'
	},
	'k8s-docs-cri': {
		title: 'Kubernetes documentation: Container Runtime Interface (CRI)',
		url: 'https://kubernetes.io/docs/concepts/architecture/cri/'
	},
	'k8s-docs-components': {
		title: 'Kubernetes documentation: Kubernetes Components (kube-apiserver, etcd, kube-scheduler, kubelet)',
		url: 'https://kubernetes.io/docs/concepts/overview/components/'
	},
	'k8s-docs-controlling-access': {
		title:
			'Kubernetes documentation: Controlling Access to the Kubernetes API (clients such as kubectl reach the API server over TLS; authentication, authorization, admission control)',
		url: 'https://kubernetes.io/docs/concepts/security/controlling-access/'
	},
	'k8s-docs-admission-controllers': {
		title: 'Kubernetes documentation: Admission Control in Kubernetes (admission controllers)',
		url: 'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/'
	},
	'k8s-docs-kubectl': {
		title:
			'Kubernetes documentation: Command line tool (kubectl): talks to the cluster’s control plane through the Kubernetes API',
		url: 'https://kubernetes.io/docs/reference/kubectl/'
	},
	'k8s-docs-deployment': {
		title:
			'Kubernetes documentation: Deployments (a Deployment creates a ReplicaSet, which creates the Pods)',
		url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/'
	},
	'k8s-docs-replicaset': {
		title: 'Kubernetes documentation: ReplicaSet (keeps a stable set of replica Pods running)',
		url: 'https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/'
	},
	'k8s-docs-init-containers': {
		title:
			'Kubernetes documentation: Init Containers (run to completion, one after another, before the app containers start)',
		url: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/'
	},
	'k8s-docs-service': {
		title: 'Kubernetes documentation: Service (one endpoint that spreads traffic over a set of Pods)',
		url: 'https://kubernetes.io/docs/concepts/services-networking/service/'
	},
	'k8s-docs-hpa': {
		title: 'Kubernetes documentation: Horizontal Pod Autoscaling (adds or removes Pods to match the load)',
		url: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/'
	},
	'k8s-docs-crictl': {
		title:
			'Kubernetes documentation: Debugging Kubernetes nodes with crictl (a command-line interface for CRI-compatible container runtimes)',
		url: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/'
	},
	'k8s-docs-overview': {
		title:
			'Kubernetes documentation: Overview, "Going back in time" (each VM runs its own operating system on virtualised hardware; containers share the operating system)',
		url: 'https://kubernetes.io/docs/concepts/overview/'
	},
	'k8s-kubelet-config-apiserver': {
		title:
			'kubernetes/kubernetes: pkg/kubelet/config/apiserver.go (NewSourceApiserver "creates a config source that watches and pulls from the apiserver": a list-watch of the Pods whose spec.nodeName is this node)',
		url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/config/apiserver.go'
	},
	'k8s-docs-kube-scheduler': {
		title: 'Kubernetes documentation: Kubernetes Scheduler',
		url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/'
	},
	'k8s-changelog-1.6': {
		title: 'Kubernetes CHANGELOG-1.6 (Node Components: the Docker-CRI implementation is enabled by default)',
		url: 'https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-1.6.md'
	},
	'k8s-kubelet-runtime-packages': {
		title: 'kubernetes/kubernetes release-1.0: pkg/kubelet/dockertools and pkg/kubelet/rkt',
		url: 'https://github.com/kubernetes/kubernetes/tree/release-1.0/pkg/kubelet'
	},
	'k8s-rkt-getting-started': {
		title: 'kubernetes/kubernetes: docs/getting-started-guides/rkt/README.md (release-1.0 copy)'
	},
	'k8s-kuberuntime': {
		title:
			'kubernetes/kubernetes: pkg/kubelet/kuberuntime (kuberuntime_manager.go, kuberuntime_container.go)',
		url: 'https://github.com/kubernetes/kubernetes/tree/master/pkg/kubelet/kuberuntime'
	},
	'k8s-kubelet-flags-dockershim-sock': {
		title:
			'kubelet --help before 1.24: --container-runtime-endpoint defaults to unix:///var/run/dockershim.sock (as reproduced in third-party repositories; secondary)'
	},
	'k8s-pr-94624': {
		title: 'kubernetes/kubernetes PR #94624: dockershim deprecation release note',
		url: 'https://github.com/kubernetes/kubernetes/pull/94624'
	},
	'k8s-pr-97252': {
		title: 'kubernetes/kubernetes PR #97252: remove dockershim from the kubelet',
		url: 'https://github.com/kubernetes/kubernetes/pull/97252'
	},
	'jimmysong-cri-legacy-docker': {
		title:
			'Jimmy Song, CRI notes: the non-CRI Docker integration was removed from the kubelet from Kubernetes 1.7 (secondary)'
	},
	'rkt-in-tree-removal-1.11': {
		title:
			'In-tree rkt ("rktnetes") deprecated in Kubernetes 1.10 and removed in 1.11 (third-party write-up of SIG Node’s planned deletion; secondary)'
	},
	'kep-2040-kubelet-cri': {
		title: 'KEP-2040: Kubelet CRI support (implementation history: v1alpha2 in 1.10, v1 in 1.23)',
		url: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/2040-kubelet-cri'
	},
	'kep-2221-remove-dockershim': {
		title: 'KEP-2221: Removing dockershim from kubelet',
		url: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/2221-remove-dockershim'
	},
	'cncf-2016-07-21-k8s-birthday': {
		title: "CNCF blog (2016-07-21): Kubernetes' first birthday (1.0 released 2015-07-21)"
	},

	/* ---------- Docker / Moby ---------- */
	'moby-changelog': {
		title: 'moby/moby CHANGELOG.md (0.1.0, 0.9.0, 1.0.0, 1.10.0, 1.11.0, 1.12.0)',
		url: 'https://github.com/moby/moby/blob/master/CHANGELOG.md'
	},
	'moby-daemon-unix': {
		title:
			'moby/moby: cmd/dockerd/daemon_unix.go (initContainerD: system containerd, or dockerd starts its own)'
	},
	'moby-runtime-unix': {
		title: 'moby/moby: daemon/runtime_unix.go (default runtime "runc" with shim io.containerd.runc.v2)'
	},
	'moby-libnetwork': {
		title: 'moby/moby: libnetwork/README.md (Container Network Model, network drivers)'
	},
	'docker-blog-0-9': {
		title: 'Docker blog (2014-03-10): Docker 0.9: introducing execution drivers and libcontainer'
	},
	'docker-blog-1-11': {
		title: 'Docker blog (2016-04): Docker 1.11, the first release built on runC and containerd'
	},
	'docker-blog-1-12': {
		title: 'Docker blog (2016-07): Docker 1.12: Now with Built-in Orchestration!'
	},
	'docker-docs-logging': {
		title: 'Docker documentation: Configure logging drivers (default json-file; local recommended)'
	},
	'docker-docs-containerd-store': {
		title:
			'Docker documentation: containerd image store with Docker Engine (default for new installs of 29.0+)'
	},
	'docker-docs-rootless': {
		title:
			'Docker documentation and release notes: rootless mode (experimental 19.03.0, 2019-07-22; GA 20.10.0, 2020-12-08)'
	},
	'docker-docs-what-is-a-container': {
		title:
			'Docker documentation: What is a container? (a container is an isolated process; containers share the host kernel, while a VM is an entire operating system with its own kernel)',
		url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/'
	},
	'docker-docs-volumes': {
		title:
			'Docker documentation: Volumes (persistent data stores for containers, created and managed by Docker)',
		url: 'https://docs.docker.com/engine/storage/volumes/'
	},
	'docker-docs-bridge': {
		title:
			'Docker documentation: Bridge network driver (containers on a software bridge on the host; published ports)',
		url: 'https://docs.docker.com/engine/network/drivers/bridge/'
	},
	'docker-docs-packet-filtering': {
		title:
			'Docker documentation: Packet filtering and firewalls (on Linux, Docker creates iptables rules for its networks)',
		url: 'https://docs.docker.com/engine/network/packet-filtering-firewalls/'
	},
	'moby-libnetwork-design': {
		title:
			'moby/moby: libnetwork/docs/design.md (CNM: a sandbox is a network namespace, an endpoint a veth pair)',
		url: 'https://github.com/moby/moby/blob/master/libnetwork/docs/design.md'
	},
	'docker-engine-api-socket': {
		title:
			'Docker Engine API default host unix:///var/run/docker.sock (docker/docker client_unix.go DefaultDockerHost, vendored in Mirantis/cri-dockerd)'
	},

	/* ---------- containerd ---------- */
	'containerd-repo': {
		title:
			'containerd/containerd: git history and tags (first commit 2015-11-05; v1.0.0 2017-12-04; v1.1.0 2018-04-23; v2.0.0 2024-11-05)',
		url: 'https://github.com/containerd/containerd'
	},
	'containerd-runtime-v2': {
		title: 'containerd docs: Runtime v2 (shims, ttRPC, io.containerd.runc.v2 → containerd-shim-runc-v2)',
		url: 'https://github.com/containerd/containerd/blob/main/docs/runtime-v2.md'
	},
	'containerd-cri-proposal': {
		title:
			'containerd/containerd: docs/historical/cri/proposal.md (containerd creates a containerd-shim for each container; the CRI integration eliminates an extra hop)',
		url: 'https://github.com/containerd/containerd/blob/main/docs/historical/cri/proposal.md'
	},
	'containerd-2.0-release': {
		title: 'containerd v2.0.0 release (2024-11-05)',
		url: 'https://github.com/containerd/containerd/releases/tag/v2.0.0'
	},
	'containerd-cri-architecture': {
		title:
			'containerd docs: CRI plugin architecture (RunPodSandbox: network namespace, CNI, pause container)',
		url: 'https://github.com/containerd/containerd/blob/main/docs/cri/architecture.md'
	},
	'containerd-defaults': {
		title: 'containerd/containerd: defaults/defaults_linux.go (socket /run/containerd/containerd.sock)'
	},
	'containerd-cri-constants': {
		title: 'containerd/containerd: internal/cri/constants/constants.go (CRI namespace "k8s.io")'
	},
	'containerd-graduation': {
		title: 'containerd graduates in the CNCF, 2019-02-28 (press coverage; secondary)'
	},

	/* ---------- CRI-O, cri-dockerd, rkt ---------- */
	'cri-o-repo': {
		title:
			'cri-o/cri-o: README, tags (v1.0.0 2017-10-13), pkg/config (socket /var/run/crio/crio.sock; crun default since v1.31)',
		url: 'https://github.com/cri-o/cri-o'
	},
	'cri-o-1.31-crun': {
		title:
			'cri-o/cri-o: commit "config: default to crun" (2024-08-19), first in v1.31.0 (2024-09): crun replaces runc as the default OCI runtime',
		url: 'https://github.com/cri-o/cri-o/releases/tag/v1.31.0'
	},
	'cri-o-readme-scope': {
		title:
			'cri-o/cri-o README, "What is not in scope for this project?": building, signing and pushing images; a CLI for interacting with CRI-O',
		url: 'https://github.com/cri-o/cri-o#what-is-not-in-scope-for-this-project'
	},
	'buildah-repo': {
		title: 'containers/buildah: a tool that facilitates building OCI container images',
		url: 'https://github.com/containers/buildah'
	},
	'podman-repo': {
		title: 'containers/podman: a tool for managing containers and images, including podman build',
		url: 'https://github.com/containers/podman'
	},
	'kaniko-repo': {
		title:
			'GoogleContainerTools/kaniko: builds container images from a Dockerfile inside a container or Kubernetes cluster',
		url: 'https://github.com/GoogleContainerTools/kaniko'
	},
	'skopeo-repo': {
		title:
			'containers/skopeo: copies, inspects and deletes container images and repositories; it does not build images',
		url: 'https://github.com/containers/skopeo'
	},
	'crun-repo': {
		title: 'containers/crun: a fast and low-memory OCI container runtime written in C',
		url: 'https://github.com/containers/crun'
	},
	'kata-architecture': {
		title:
			'kata-containers: docs/design/architecture (a hypervisor boots a VM with its own guest kernel for each Pod sandbox)',
		url: 'https://github.com/kata-containers/kata-containers/tree/main/docs/design/architecture'
	},
	'cri-o-graduation': {
		title: 'CRI-O graduates in the CNCF, 2023-07-19 (DevOps Digest; secondary)'
	},
	'cri-dockerd-repo': {
		title:
			'Mirantis/cri-dockerd: README history (2020-12-04), tags (v0.2.0 2022-01-03), cmd/cri/options/options.go, packaging/systemd/cri-docker.socket',
		url: 'https://github.com/Mirantis/cri-dockerd'
	},
	'mirantis-2020-12-04': {
		title: 'Mirantis blog (2020-12-04): Mirantis to take over support of Kubernetes dockershim',
		url: 'https://www.mirantis.com/blog/mirantis-to-take-over-support-of-kubernetes-dockershim-2/'
	},
	'rktlet-repo': {
		title: 'rktlet: the rkt implementation of CRI (kubernetes-incubator, now kubernetes-retired)',
		url: 'https://github.com/kubernetes-retired/rktlet'
	},
	'cncf-2019-08-16-rkt-archived': {
		title:
			'CNCF blog (2019-08-16): CNCF archives the rkt project (rkt created December 2014, contributed March 2017)'
	},
	'infoworld-rkt-1-0': {
		title: 'InfoWorld (2016-02): CoreOS rkt 1.0 (secondary)'
	},
	'crn-2018-01-30-coreos': {
		title: 'CRN (2018-01-30): Red Hat to acquire CoreOS for $250 million (secondary)'
	},

	/* ---------- OCI ---------- */
	'businesswire-2015-06-22-ocp': {
		title: 'BusinessWire (2015-06-22): Industry Leaders Unite to Create Project for Open Container Standards'
	},
	'oci-tob-charter': {
		title: 'opencontainers/tob: CHARTER.md (initial release 13 November 2015)',
		url: 'https://github.com/opencontainers/tob'
	},
	'oci-runtime-spec': {
		title: 'opencontainers/runtime-spec (first commit 2015-06-05; v1.0.0 2017-07)',
		url: 'https://github.com/opencontainers/runtime-spec'
	},
	'oci-runtime-spec-implementations': {
		title:
			'opencontainers/runtime-spec: implementations.md (runc, crun, youki, gVisor runsc, Kata Containers, …)'
	},
	'oci-image-spec': {
		title: 'opencontainers/image-spec (first commit 2016-03-23; v1.0.0 2017-07)',
		url: 'https://github.com/opencontainers/image-spec'
	},
	'oci-distribution-spec': {
		title:
			'opencontainers/distribution-spec (first commit 2018-03-08; v1.0.0 2021-04; from Docker Registry HTTP API V2)',
		url: 'https://github.com/opencontainers/distribution-spec'
	},
	'runc-repo': {
		title:
			'opencontainers/runc: git history (libcontainer first commit 2014-02-18; "Initial commit of runc binary" 2015-06-21; v1.0.0 2021-06-22)',
		url: 'https://github.com/opencontainers/runc'
	},
	'runc-libcontainer': {
		title: 'opencontainers/runc: libcontainer/rootfs_linux.go (pivot_root, chroot) and create.go'
	},

	/* ---------- Orchestrators ---------- */
	'nomad-changelog': {
		title: 'hashicorp/nomad CHANGELOG.md (0.1.0 "Initial release", 2015-09-28)',
		url: 'https://github.com/hashicorp/nomad/blob/main/CHANGELOG.md'
	},
	'mesos-site': {
		title: 'Apache Mesos website: "This project has retired. For details please refer to its Attic page."',
		url: 'https://mesos.apache.org/'
	},
	'mesos-retirement-2025': {
		title: 'Apache Mesos retirement to the Attic, reported August 2025, completed October 2025 (secondary)'
	},
	'techtarget-2019-11-mirantis': {
		title: 'TechTarget / The New Stack (2019-11-13): Mirantis acquires Docker Enterprise (secondary)'
	},

	/* ---------- Red Hat lineage ---------- */
	'centos-announce-2020-12-08': {
		title:
			'CentOS Project announcement (lists.centos.org, 2020-12-08): the future of the CentOS Project is CentOS Stream'
	},
	'redhat-2019-07-09-ibm-close': {
		title: 'Red Hat (2019-07-09): the IBM acquisition of Red Hat officially closes'
	},
	'phoronix-2019-09-24-centos-stream': {
		title: 'Phoronix / Softpedia (2019-09-24): CentOS Linux 8 released, CentOS Stream announced (secondary)'
	},
	'fedora-2003-announcement': {
		title: 'Fedora Project announcement (2003-11): Red Hat Linux becomes Fedora Core (mirror; secondary)'
	},
	'wikipedia-centos': {
		title: 'Wikipedia: CentOS (first release 2004-05, joins Red Hat 2014-01; secondary)'
	},
	'redhat-2023-06-21-centos-stream': {
		title:
			'Red Hat blog (2023-06-21): Furthering the evolution of CentOS Stream (RHEL sources published only through CentOS Stream)',
		url: 'https://www.redhat.com/en/blog/furthering-evolution-centos-stream'
	},
	'almalinux-2023-07-13': {
		title:
			'AlmaLinux blog (2023-07-13): The Future of AlmaLinux is Bright (drops 1:1 bug-for-bug, aims for ABI compatibility with RHEL; secondary coverage Phoronix 2023-07-13)',
		url: 'https://almalinux.org/blog/future-of-almalinux/'
	},
	'wikipedia-almalinux': {
		title: 'Wikipedia: AlmaLinux (8.3 first stable 2021-03-30, by CloudLinux; secondary)'
	},
	'rocky-linux-2021': {
		title:
			'IONOS guide / The New Stack interview: Rocky Linux 8.4 GA 2021-06-21, founded by Gregory M. Kurtzer (secondary)'
	},
	'centos-7-eol': {
		title: 'CentOS infrastructure blog (2024-05-14): CentOS Linux 7 end of life 2024-06-30 (secondary)'
	},

	/* ---------- History and background ---------- */
	'openvz-container-history': {
		title: 'OpenVZ wiki: History of containers in the Linux kernel (secondary)'
	},
	'namuwiki-container': {
		title: 'Namu Wiki: 컨테이너 (same CPU architecture and OS kernel needed; secondary)'
	}
} satisfies Record<string, SourceSpec>;

/** A source id that exists in the table; a typo is a type error as well as a load-time error. */
export type SourceId = keyof typeof TABLE;

export const SOURCES: Record<string, SourceSpec> = TABLE;

/**
 * The subset of `SOURCES` a storyline cites, for its `sources` field. Throws for an unknown id: stacks call it at
 * module load, so a typo fails every test that imports the stack.
 */
export function pickSources(...ids: SourceId[]): Record<string, SourceSpec> {
	const picked: Record<string, SourceSpec> = {};
	for (const id of ids) {
		const source = Object.prototype.hasOwnProperty.call(SOURCES, id) ? SOURCES[id] : undefined;
		if (!source)
			throw new Error(`Unknown source id "${String(id)}": add it to SOURCES in stacks/sources.ts.`);
		picked[id] = { ...source };
	}
	return picked;
}
