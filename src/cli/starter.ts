/**
 * The spec `stackmotion new` writes: a small, commented storyline that shows every part of the format —
 * groups and nested nodes, edges with a label and an endpoint, and later steps as patches (add, update,
 * remove) — in English and Korean. It must validate as written (a test checks).
 */

export function starterSpec(id: string, schemaUrl: string): string {
	return `# yaml-language-server: $schema=${schemaUrl}
#
# A stackmotion storyline: one diagram that changes from step to step.
# Check it:   npx stackmotion validate ${id}.stackmotion.yaml
# Draw it:    npx stackmotion render ${id}.stackmotion.yaml --step v3 -o ${id}.svg
# Ids are stable across steps: a node that keeps its id stays put and glides; new ones arrive, removed ones leave.

id: ${id}
# Text is a plain string (used for every language) or one value per language.
title:
  en: My platform
  ko: 나의 플랫폼
direction: down # which way the main flow reads: down (a stack) or right (a timeline)

steps:
  # The first step states its whole scene.
  - id: v1
    label: v1
    title:
      en: "Version 1: one server"
      ko: "버전 1: 서버 하나"
    narration:
      en: The web app talks straight to the database.
      ko: 웹 앱이 데이터베이스와 바로 통신합니다.
    nodes:
      # A group is a container; other nodes name it as their parent.
      - { id: server, label: { en: server, ko: 서버 }, kind: group }
      - { id: web, label: web app, kind: process, parent: server }
      - id: db
        label: { en: database, ko: 데이터베이스 }
        kind: storage
        parent: server
        description:
          en: Where the data lives.
          ko: 데이터가 저장되는 곳입니다.
    edges:
      # An edge's id defaults to "from->to" (here "web->db").
      - { from: web, to: db, label: SQL, endpoint: /run/postgresql/.s.PGSQL.5432 }

  # Later steps are patches on the step before: remove, then update, then add.
  - id: v2
    label: v2
    title:
      en: "Version 2: a cache"
      ko: "버전 2: 캐시"
    narration:
      en: A cache answers the common reads, so the database sees fewer queries.
      ko: 캐시가 자주 읽는 데이터를 대신 응답해 데이터베이스로 가는 질의가 줄어듭니다.
    add:
      nodes:
        - { id: cache, label: { en: cache, ko: 캐시 }, kind: storage, parent: server, badge: new }
      edges:
        - { from: web, to: cache, label: { en: reads, ko: 읽기 } }
    focus: [cache] # highlighted while the narration points at it

  - id: v3
    label: v3
    title:
      en: "Version 3: a managed database"
      ko: "버전 3: 관리형 데이터베이스"
    narration:
      en: The database moves to a managed service outside the server.
      ko: 데이터베이스가 서버 밖의 관리형 서비스로 옮겨 갑니다.
    remove:
      nodes: [db]
      edges: [web->db] # removing a node does not remove its edges: name them too
    update:
      nodes:
        - { id: cache, badge: { en: warm, ko: 예열됨 } } # only the fields given change
    add:
      nodes:
        - { id: managed-db, label: { en: managed database, ko: 관리형 데이터베이스 }, kind: external }
      edges:
        - { from: web, to: managed-db, label: SQL over TLS }
`;
}
