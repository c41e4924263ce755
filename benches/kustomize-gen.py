#!/usr/bin/env python3
"""Generates the large kustomization tree of the `kustomize build` benchmark (benches/kustomize.sh).

    benches/kustomize-gen.py OUT [--teams 10] [--apps 40]

Writes, deterministically (no randomness: the same arguments give the same bytes):

    OUT/base/team-NN/           one base per team: its apps' manifests, a configMapGenerator (literals,
                                and an env file for every third app) and a secretGenerator entry per app,
                                `namePrefix: tNN-`, a `team` label with selectors
    OUT/overlays/prod/          the build root: every team, `namespace`, `namePrefix`, labels,
                                annotations, generators of its own (one shared by every Deployment, and
                                `behavior: merge` on some of the teams'), strategic-merge patches with
                                and without a target, JSON 6902 patches with targets

Each app is ten resources: a Deployment that names its generated ConfigMap and Secret (`envFrom`), a
plain ConfigMap and a PersistentVolumeClaim (volumes), its ServiceAccount (`serviceAccountName`) and
the overlay's shared ConfigMap and Secret; a Service, a Role and a RoleBinding (`roleRef`, `subjects`),
a HorizontalPodAutoscaler (`scaleTargetRef`), and the two generated objects. So the name references
go through prefixes, namespaces and content hashes. 10 teams of 40 apps are 4 000 resources (plus the
overlay's two generated ones).
"""

import argparse
import os


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


TIERS = ["frontend", "backend", "batch"]


def app_manifests(app, i):
    """The manifests of one app of a team base (names before any prefix)."""
    tier = TIERS[i % 3]
    image = f"registry.example.com/{app}:1.{i % 17}.{i % 5}"
    deployment = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {app}
  labels:
    app: {app}
    tier: {tier}
spec:
  replicas: {1 + i % 3}
  selector:
    matchLabels:
      app: {app}
  template:
    metadata:
      labels:
        app: {app}
        tier: {tier}
    spec:
      serviceAccountName: {app}
      containers:
      - name: main
        image: {image}
        args: ["--port=8080", "--log-level=info"]
        ports:
        - containerPort: 8080
          name: http
        envFrom:
        - configMapRef:
            name: {app}-config
        - secretRef:
            name: {app}-secret
        env:
        - name: GLOBAL
          valueFrom:
            configMapKeyRef:
              name: global-config
              key: region
        - name: TOKEN
          valueFrom:
            secretKeyRef:
              name: global-secret
              key: token
        volumeMounts:
        - name: files
          mountPath: /etc/{app}
        - name: data
          mountPath: /var/lib/{app}
      - name: sidecar
        image: registry.example.com/proxy:2.{i % 7}
        ports:
        - containerPort: 9090
          name: metrics
      volumes:
      - name: files
        configMap:
          name: {app}-files
      - name: data
        persistentVolumeClaim:
          claimName: {app}-data
"""
    service = f"""apiVersion: v1
kind: Service
metadata:
  name: {app}
  labels:
    app: {app}
spec:
  selector:
    app: {app}
  ports:
  - name: http
    port: 80
    targetPort: http
  - name: metrics
    port: 9090
"""
    account = f"""apiVersion: v1
kind: ServiceAccount
metadata:
  name: {app}
"""
    files = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {app}-files
data:
  app.properties: |
    name={app}
    tier={tier}
    workers={2 + i % 8}
  motd.txt: welcome to {app}
"""
    claim = f"""apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {app}-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: {1 + i % 20}Gi
"""
    role = f"""apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {app}
rules:
- apiGroups: [""]
  resources: [configmaps, secrets]
  resourceNames: [{app}-config, {app}-secret]
  verbs: [get, watch]
"""
    binding = f"""apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: {app}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: {app}
subjects:
- kind: ServiceAccount
  name: {app}
"""
    hpa = f"""apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {app}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {app}
  minReplicas: 1
  maxReplicas: {4 + i % 6}
  metrics:
  - type: Resource
    resource:
      name: cpu
      target:
        type: Utilization
        averageUtilization: {50 + i % 40}
"""
    return {
        "workloads.yaml": [deployment, hpa],
        "network.yaml": [service],
        "rbac.yaml": [account, role, binding],
        "storage.yaml": [files, claim],
    }


def team(out, t, apps):
    """One team's base."""
    root = os.path.join(out, "base", f"team-{t:02d}")
    files = {}
    generators = []
    secrets = []
    for i in range(apps):
        app = f"app-{i:03d}"
        for name, docs in app_manifests(app, i).items():
            files.setdefault(name, []).extend(docs)
        literals = f"""  literals:
  - LOG_LEVEL={["info", "debug", "warn"][i % 3]}
  - WORKERS="{2 + i % 8}"
  - FEATURE_FLAGS=a,b,{chr(99 + i % 20)}
"""
        envs = ""
        if i % 3 == 0:
            write(os.path.join(root, "env", f"{app}.env"), f"# {app}\nDB_HOST={app}-db.internal\nDB_PORT=5432\nCACHE=on\n")
            envs = f"  envs:\n  - env/{app}.env\n"
        generators.append(f"- name: {app}-config\n{envs}{literals}")
        secrets.append(f"- name: {app}-secret\n  literals:\n  - password=pw-{t:02d}-{i:03d}\n  - api-key=k{(t * 7919 + i * 104729) % 1000003:07d}\n")
    for name, docs in files.items():
        write(os.path.join(root, name), "---\n".join(docs))
    kustomization = f"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: t{t:02d}-
labels:
- pairs:
    team: t{t:02d}
  includeSelectors: true
resources:
{"".join(f"- {name}{chr(10)}" for name in files)}configMapGenerator:
{"".join(generators)}secretGenerator:
{"".join(secrets)}"""
    write(os.path.join(root, "kustomization.yaml"), kustomization)


def overlay(out, teams, apps):
    """The production overlay, the build root."""
    root = os.path.join(out, "overlays", "prod")
    write(
        os.path.join(root, "patches", "resources.yaml"),
        """apiVersion: apps/v1
kind: Deployment
metadata:
  name: any
  annotations:
    prometheus.io/scrape: "true"
spec:
  template:
    spec:
      containers:
      - name: main
        resources:
          limits:
            memory: 512Mi
          requests:
            cpu: 100m
            memory: 256Mi
      - name: sidecar
        resources:
          limits:
            memory: 64Mi
""",
    )
    scaled = []
    for t in range(teams):
        for i in range(0, apps, 10):
            scaled.append(f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: t{t:02d}-app-{i:03d}
spec:
  replicas: {5 + (t + i) % 4}
  template:
    spec:
      containers:
      - name: main
        image: registry.example.com/t{t:02d}-app-{i:03d}:2.0.{t}
""")
    write(os.path.join(root, "patches", "replicas.yaml"), "---\n".join(scaled))
    write(
        os.path.join(root, "patches", "backend-env.yaml"),
        """- op: add
  path: /spec/template/spec/containers/0/env/-
  value:
    name: BACKEND
    value: "1"
- op: replace
  path: /spec/template/spec/containers/0/args/1
  value: --log-level=warn
""",
    )
    merges = []
    for t in range(0, teams, 2):
        for i in range(0, apps, 4):
            merges.append(f"- name: t{t:02d}-app-{i:03d}-config\n  behavior: merge\n  literals:\n  - LOG_LEVEL=error\n  - REGION=eu-west-1\n")
    kustomization = f"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: prod
namePrefix: prod-
labels:
- pairs:
    env: prod
  includeSelectors: false
  includeTemplates: true
commonAnnotations:
  owner: platform-team
  oncall: "+1-555-0100"
resources:
{"".join(f"- ../../base/team-{t:02d}{chr(10)}" for t in range(teams))}configMapGenerator:
- name: global-config
  literals:
  - region=eu-west-1
  - cluster=prod-1
{"".join(merges)}secretGenerator:
- name: global-secret
  type: Opaque
  literals:
  - token=s3cr3t-token
patches:
- path: patches/resources.yaml
  target:
    kind: Deployment
- path: patches/replicas.yaml
- path: patches/backend-env.yaml
  target:
    group: apps
    kind: Deployment
    labelSelector: tier=backend
- target:
    kind: Service
    name: t0[0-4]-app-00.*
  patch: |-
    - op: replace
      path: /spec/ports/0/port
      value: 8080
- target:
    kind: HorizontalPodAutoscaler
    labelSelector: team in (t01,t03)
  patch: |-
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata:
      name: any
    spec:
      minReplicas: 2
"""
    write(os.path.join(root, "kustomization.yaml"), kustomization)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the directory to write (created; existing files are overwritten)")
    parser.add_argument("--teams", type=int, default=10, help="team bases (default 10)")
    parser.add_argument("--apps", type=int, default=40, help="apps per team, ten resources each (default 40)")
    args = parser.parse_args()
    for t in range(args.teams):
        team(args.out, t, args.apps)
    overlay(args.out, args.teams, args.apps)
    print(os.path.join(args.out, "overlays", "prod"))


if __name__ == "__main__":
    main()
