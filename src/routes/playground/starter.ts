/** What the playground opens with: a small storyline in three versions that shows each kind of step. */
export const STARTER_YAML = `# A storyline: one diagram that changes from version to version.
# Ctrl+Space completes keys and values; hover a key for what it means.
id: my-stack
title:
  en: My stack
  ko: 나의 스택
steps:
  - id: v1
    label: v1
    title: The client calls the daemon
    narration: The command-line client sends REST calls to a daemon on the host.
    nodes:
      - id: host
        label: host
        kind: group
      - id: cli
        label: cli
        kind: client
        parent: host
      - id: daemon
        label: daemon
        kind: daemon
        parent: host
    edges:
      - from: cli
        to: daemon
        label: REST
  # Later steps patch the previous one: remove, then update, then add.
  - id: v2
    label: v2
    title: A runtime does the work
    narration: The daemon hands containers to a runtime.
    add:
      nodes:
        - id: runtime
          label: runtime
          kind: runtime
          parent: host
      edges:
        - from: daemon
          to: runtime
          label: gRPC
  - id: v3
    label: v3
    title: The kernel isolates
    narration: The runtime asks the kernel for namespaces and cgroups.
    add:
      nodes:
        - id: kernel
          label: kernel
          kind: kernel-feature
      edges:
        - from: runtime
          to: kernel
          label: syscalls
`;
