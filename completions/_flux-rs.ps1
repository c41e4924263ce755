
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'flux-rs' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'flux-rs'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'flux-rs' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build a flux resource')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check requirements and installation.')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a completion script for your shell.')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create or update sources and resources.')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sources and resources.')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diff a flux resource')
            [CompletionResult]::new('envsubst', 'envsubst', [CompletionResultType]::ParameterValue, 'Substitute the values of environment variables in standard input.')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show the Kubernetes events of Flux objects.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export resources in YAML format.')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the resources and their status.')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install or upgrade Flux.')
            [CompletionResult]::new('kustomize', 'kustomize', [CompletionResultType]::ParameterValue, 'Build kustomization targets with flux-rs''s kustomize engine')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Reconcile sources and resources: ask their controller to reconcile now and wait for it.')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume suspended resources.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the Flux controllers: all of them in one process, with the flags of upstream''s controllers.')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Count the Flux objects of each kind and the storage their artifacts use.')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend the reconciliation of resources.')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Show which Flux objects deliver a Kubernetes object.')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Show the objects a Flux object applied, as a tree.')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Uninstall Flux and its custom resource definitions.')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the client and server-side components version information.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;build' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Build Kustomization.')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Build Kustomization.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;build;kustomization' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to the manifests location')
            [CompletionResult]::new('--kustomization-file', '--kustomization-file', [CompletionResultType]::ParameterName, 'Path to the Flux Kustomization YAML file')
            [CompletionResult]::new('--ignore-paths', '--ignore-paths', [CompletionResultType]::ParameterName, 'set paths to ignore in .gitignore format')
            [CompletionResult]::new('--strict-substitute', '--strict-substitute', [CompletionResultType]::ParameterName, 'When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Recursively build Kustomizations')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Recursively build Kustomizations')
            [CompletionResult]::new('--local-sources', '--local-sources', [CompletionResultType]::ParameterName, 'Comma-separated list of repositories in format: Kind/namespace/name=path')
            [CompletionResult]::new('--in-memory-build', '--in-memory-build', [CompletionResultType]::ParameterName, 'Use in-memory filesystem during build. Accepted for compatibility: flux-rs always builds in memory')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Dry run mode')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;build;ks' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to the manifests location')
            [CompletionResult]::new('--kustomization-file', '--kustomization-file', [CompletionResultType]::ParameterName, 'Path to the Flux Kustomization YAML file')
            [CompletionResult]::new('--ignore-paths', '--ignore-paths', [CompletionResultType]::ParameterName, 'set paths to ignore in .gitignore format')
            [CompletionResult]::new('--strict-substitute', '--strict-substitute', [CompletionResultType]::ParameterName, 'When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Recursively build Kustomizations')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Recursively build Kustomizations')
            [CompletionResult]::new('--local-sources', '--local-sources', [CompletionResultType]::ParameterName, 'Comma-separated list of repositories in format: Kind/namespace/name=path')
            [CompletionResult]::new('--in-memory-build', '--in-memory-build', [CompletionResultType]::ParameterName, 'Use in-memory filesystem during build. Accepted for compatibility: flux-rs always builds in memory')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Dry run mode')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;build;help' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Build Kustomization.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;build;help;kustomization' {
            break
        }
        'flux-rs;build;help;help' {
            break
        }
        'flux-rs;check' {
            [CompletionResult]::new('--components', '--components', [CompletionResultType]::ParameterName, 'List of components, accepts comma-separated values. Accepted for compatibility: as upstream, the check covers every Deployment labelled app.kubernetes.io/part-of=flux')
            [CompletionResult]::new('--components-extra', '--components-extra', [CompletionResultType]::ParameterName, 'List of components in addition to those supplied or defaulted, accepts comma-separated values. Accepted for compatibility, like --components')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often the health checker polls the cluster for the latest state of the resources (Go duration)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--pre', '--pre', [CompletionResultType]::ParameterName, 'Only run pre-installation checks')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;completion' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Create or update a Alert resource.')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Create or update a Provider resource.')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or update Kubernetes secrets')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Create or update sources')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Create or update a HelmRelease resource.')
            [CompletionResult]::new('hr', 'hr', [CompletionResultType]::ParameterValue, 'Create or update a HelmRelease resource.')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Create or update resources dealing with image automation.')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Create or update a Kustomization resource.')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Create or update a Kustomization resource.')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Create or update a Receiver resource.')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create or update a tenant.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;alert' {
            [CompletionResult]::new('--provider-ref', '--provider-ref', [CompletionResultType]::ParameterName, 'Reference to provider')
            [CompletionResult]::new('--event-severity', '--event-severity', [CompletionResultType]::ParameterName, 'Severity of events to send alerts for')
            [CompletionResult]::new('--event-source', '--event-source', [CompletionResultType]::ParameterName, 'Sources that should generate alerts (<kind>/<name>[.<namespace>]), also accepts comma-separated values')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;alert-provider' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of provider (slack, msteams, github, generic, …)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel to send messages to in the case of a chat provider')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Bot username used by the provider')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Path to either the git repository, chat provider or webhook')
            [CompletionResult]::new('--secret-ref', '--secret-ref', [CompletionResultType]::ParameterName, 'Name of secret containing authentication token')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;secret' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Git authentication.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Helm repository authentication.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes image pull secret.')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for proxy authentication.')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for a Receiver webhook.')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret with TLS certificates.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;secret;git' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Git address, e.g. ssh://git@host/org/repository')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--ssh-key-algorithm', '--ssh-key-algorithm', [CompletionResultType]::ParameterName, 'SSH public key algorithm (rsa, ecdsa, ed25519)')
            [CompletionResult]::new('--ssh-rsa-bits', '--ssh-rsa-bits', [CompletionResultType]::ParameterName, 'SSH RSA public key bit size (multiplies of 8, min 1024)')
            [CompletionResult]::new('--ssh-ecdsa-curve', '--ssh-ecdsa-curve', [CompletionResultType]::ParameterName, 'SSH ECDSA public key curve (p256, p384, p521)')
            [CompletionResult]::new('--ca-crt-file', '--ca-crt-file', [CompletionResultType]::ParameterName, 'Path to TLS CA certificate file used for validating self-signed certificates')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'Path to a passwordless private key file used for authenticating to the Git SSH server')
            [CompletionResult]::new('--bearer-token', '--bearer-token', [CompletionResultType]::ParameterName, 'Bearer authentication token')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;secret;helm' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--tls-crt-file', '--tls-crt-file', [CompletionResultType]::ParameterName, 'TLS authentication cert file path')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'TLS authentication key file path')
            [CompletionResult]::new('--ca-crt-file', '--ca-crt-file', [CompletionResultType]::ParameterName, 'TLS authentication CA file path')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;secret;oci' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'OCI repository address, e.g. ghcr.io/stefanprodan/charts')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;secret;proxy' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Proxy address')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;secret;receiver' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The receiver type (generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Webhook token used for payload validation and URL computation, auto-generated if not specified. Here --token is this flag, never the API server''s bearer token (as upstream''s local flag shadows the global one)')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Hostname for the webhook URL e.g. flux.example.com')
            [CompletionResult]::new('--email-claim', '--email-claim', [CompletionResultType]::ParameterName, 'IAM service account email, required for gcr type')
            [CompletionResult]::new('--audience-claim', '--audience-claim', [CompletionResultType]::ParameterName, 'Custom OIDC token audience for gcr type, defaults to the webhook URL')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;secret;tls' {
            [CompletionResult]::new('--tls-crt-file', '--tls-crt-file', [CompletionResultType]::ParameterName, 'TLS authentication cert file path')
            [CompletionResult]::new('--tls-key-file', '--tls-key-file', [CompletionResultType]::ParameterName, 'TLS authentication key file path')
            [CompletionResult]::new('--ca-crt-file', '--ca-crt-file', [CompletionResultType]::ParameterName, 'TLS authentication CA file path')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;secret;help' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Git authentication.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Helm repository authentication.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes image pull secret.')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for proxy authentication.')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for a Receiver webhook.')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret with TLS certificates.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;secret;help;git' {
            break
        }
        'flux-rs;create;secret;help;helm' {
            break
        }
        'flux-rs;create;secret;help;oci' {
            break
        }
        'flux-rs;create;secret;help;proxy' {
            break
        }
        'flux-rs;create;secret;help;receiver' {
            break
        }
        'flux-rs;create;secret;help;tls' {
            break
        }
        'flux-rs;create;secret;help;help' {
            break
        }
        'flux-rs;create;source' {
            [CompletionResult]::new('--fetch-timeout', '--fetch-timeout', [CompletionResultType]::ParameterName, 'Set a timeout for fetch operations performed by source-controller (e.g. ''git clone'' or ''helm repo update''); written to spec.timeout when above zero')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Create or update a Bucket source.')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Create or update a HelmChart source.')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a GitRepository source.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a HelmRepository source.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update an OCIRepository.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;source;bucket' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The S3 compatible storage provider name (generic, aws, azure, gcp)')
            [CompletionResult]::new('--bucket-name', '--bucket-name', [CompletionResultType]::ParameterName, 'The bucket name')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'The bucket endpoint address')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'The bucket access key')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'The bucket secret key')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The bucket region')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'For when connecting to a non-TLS S3 HTTP endpoint')
            [CompletionResult]::new('--secret-ref', '--secret-ref', [CompletionResultType]::ParameterName, 'The name of an existing secret containing credentials')
            [CompletionResult]::new('--proxy-secret-ref', '--proxy-secret-ref', [CompletionResultType]::ParameterName, 'The name of an existing secret containing the proxy address and credentials')
            [CompletionResult]::new('--ignore-paths', '--ignore-paths', [CompletionResultType]::ParameterName, 'Set paths to ignore in bucket resource (can specify multiple paths with commas: path1,path2)')
            [CompletionResult]::new('--fetch-timeout', '--fetch-timeout', [CompletionResultType]::ParameterName, 'Set a timeout for fetch operations performed by source-controller (e.g. ''git clone'' or ''helm repo update''); written to spec.timeout when above zero')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;source;chart' {
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Helm chart name or path')
            [CompletionResult]::new('--chart-version', '--chart-version', [CompletionResultType]::ParameterName, 'Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source that contains the chart in the format ''<kind>/<name>'', where kind must be one of: (HelmRepository, GitRepository, Bucket)')
            [CompletionResult]::new('--reconcile-strategy', '--reconcile-strategy', [CompletionResultType]::ParameterName, 'The reconcile strategy for helm chart (accepted values: ChartVersion and Revision)')
            [CompletionResult]::new('--verify-provider', '--verify-provider', [CompletionResultType]::ParameterName, 'The OCI verify provider name to use for signature verification (cosign)')
            [CompletionResult]::new('--verify-secret-ref', '--verify-secret-ref', [CompletionResultType]::ParameterName, 'The name of a secret to use for signature verification')
            [CompletionResult]::new('--verify-subject', '--verify-subject', [CompletionResultType]::ParameterName, 'Regular expression to use for the OIDC subject during signature verification')
            [CompletionResult]::new('--verify-issuer', '--verify-issuer', [CompletionResultType]::ParameterName, 'Regular expression to use for the OIDC issuer during signature verification')
            [CompletionResult]::new('--fetch-timeout', '--fetch-timeout', [CompletionResultType]::ParameterName, 'Set a timeout for fetch operations performed by source-controller (e.g. ''git clone'' or ''helm repo update''); written to spec.timeout when above zero')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;source;git' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Git address, e.g. ssh://git@host/org/repository')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Git branch')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Git tag')
            [CompletionResult]::new('--tag-semver', '--tag-semver', [CompletionResultType]::ParameterName, 'Git tag semver range')
            [CompletionResult]::new('--ref-name', '--ref-name', [CompletionResultType]::ParameterName, 'Git reference name')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Git commit')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--ssh-key-algorithm', '--ssh-key-algorithm', [CompletionResultType]::ParameterName, 'SSH public key algorithm (rsa, ecdsa, ed25519)')
            [CompletionResult]::new('--ssh-rsa-bits', '--ssh-rsa-bits', [CompletionResultType]::ParameterName, 'SSH RSA public key bit size (multiplies of 8, min 1024)')
            [CompletionResult]::new('--ssh-ecdsa-curve', '--ssh-ecdsa-curve', [CompletionResultType]::ParameterName, 'SSH ECDSA public key curve (p256, p384, p521)')
            [CompletionResult]::new('--secret-ref', '--secret-ref', [CompletionResultType]::ParameterName, 'The name of an existing secret containing SSH or basic credentials or github app authentication')
            [CompletionResult]::new('--proxy-secret-ref', '--proxy-secret-ref', [CompletionResultType]::ParameterName, 'The name of an existing secret containing the proxy address and credentials')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The Git provider name (generic, github, aws, azure)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Path to TLS CA file used for validating self-signed certificates')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'Path to a passwordless private key file used for authenticating to the Git SSH server')
            [CompletionResult]::new('--recurse-submodules', '--recurse-submodules', [CompletionResultType]::ParameterName, 'When enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Assumes the deploy key is already setup, skips confirmation')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Assumes the deploy key is already setup, skips confirmation')
            [CompletionResult]::new('--ignore-paths', '--ignore-paths', [CompletionResultType]::ParameterName, 'Set paths to ignore in git resource (can specify multiple paths with commas: path1,path2)')
            [CompletionResult]::new('--sparse-checkout-paths', '--sparse-checkout-paths', [CompletionResultType]::ParameterName, 'Set paths to sparse checkout in git resource (can specify multiple paths with commas: path1,path2)')
            [CompletionResult]::new('--fetch-timeout', '--fetch-timeout', [CompletionResultType]::ParameterName, 'Set a timeout for fetch operations performed by source-controller (e.g. ''git clone'' or ''helm repo update''); written to spec.timeout when above zero')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;source;helm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Helm repository address')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Basic authentication username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Basic authentication password')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'TLS authentication cert file path')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'TLS authentication key file path')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'TLS authentication CA file path')
            [CompletionResult]::new('--secret-ref', '--secret-ref', [CompletionResultType]::ParameterName, 'The name of an existing secret containing TLS, basic auth or docker-config credentials')
            [CompletionResult]::new('--oci-provider', '--oci-provider', [CompletionResultType]::ParameterName, 'OCI provider for authentication (generic, aws, azure, gcp); for oci:// URLs only')
            [CompletionResult]::new('--pass-credentials', '--pass-credentials', [CompletionResultType]::ParameterName, 'Pass credentials to all domains')
            [CompletionResult]::new('--fetch-timeout', '--fetch-timeout', [CompletionResultType]::ParameterName, 'Set a timeout for fetch operations performed by source-controller (e.g. ''git clone'' or ''helm repo update''); written to spec.timeout when above zero')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;source;oci' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The OCI provider name (generic, aws, azure, gcp)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The OCI repository URL')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The OCI artifact tag')
            [CompletionResult]::new('--tag-semver', '--tag-semver', [CompletionResultType]::ParameterName, 'The OCI artifact tag semver range')
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'The OCI artifact digest')
            [CompletionResult]::new('--secret-ref', '--secret-ref', [CompletionResultType]::ParameterName, 'The name of the Kubernetes image pull secret (type ''kubernetes.io/dockerconfigjson'')')
            [CompletionResult]::new('--proxy-secret-ref', '--proxy-secret-ref', [CompletionResultType]::ParameterName, 'The name of an existing secret containing the proxy address and credentials')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The name of the Kubernetes service account that refers to an image pull secret')
            [CompletionResult]::new('--cert-ref', '--cert-ref', [CompletionResultType]::ParameterName, 'The name of a secret to use for TLS certificates')
            [CompletionResult]::new('--verify-provider', '--verify-provider', [CompletionResultType]::ParameterName, 'The OCI verify provider name to use for signature verification (cosign)')
            [CompletionResult]::new('--verify-secret-ref', '--verify-secret-ref', [CompletionResultType]::ParameterName, 'The name of a secret to use for signature verification')
            [CompletionResult]::new('--verify-subject', '--verify-subject', [CompletionResultType]::ParameterName, 'Regular expression to use for the OIDC subject during signature verification')
            [CompletionResult]::new('--verify-issuer', '--verify-issuer', [CompletionResultType]::ParameterName, 'Regular expression to use for the OIDC issuer during signature verification')
            [CompletionResult]::new('--ignore-paths', '--ignore-paths', [CompletionResultType]::ParameterName, 'Set paths to ignore resources (can specify multiple paths with commas: path1,path2)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'For when connecting to a non-TLS registries over plain HTTP')
            [CompletionResult]::new('--layer-selector', '--layer-selector', [CompletionResultType]::ParameterName, 'The OCI artifact layer selector in the format ''<media-type>:<operation>''')
            [CompletionResult]::new('--fetch-timeout', '--fetch-timeout', [CompletionResultType]::ParameterName, 'Set a timeout for fetch operations performed by source-controller (e.g. ''git clone'' or ''helm repo update''); written to spec.timeout when above zero')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;source;help' {
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Create or update a Bucket source.')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Create or update a HelmChart source.')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a GitRepository source.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a HelmRepository source.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update an OCIRepository.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;source;help;bucket' {
            break
        }
        'flux-rs;create;source;help;chart' {
            break
        }
        'flux-rs;create;source;help;git' {
            break
        }
        'flux-rs;create;source;help;helm' {
            break
        }
        'flux-rs;create;source;help;oci' {
            break
        }
        'flux-rs;create;source;help;help' {
            break
        }
        'flux-rs;create;helmrelease' {
            [CompletionResult]::new('--release-name', '--release-name', [CompletionResultType]::ParameterName, 'Name used for the Helm release, defaults to a composition of ''[<target-namespace>-]<HelmRelease-name>''')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source that contains the chart in the format ''<kind>/<name>.<namespace>'', where kind must be one of: (HelmRepository, GitRepository, Bucket)')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Helm chart name or path')
            [CompletionResult]::new('--chart-version', '--chart-version', [CompletionResultType]::ParameterName, 'Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)')
            [CompletionResult]::new('--chart-ref', '--chart-ref', [CompletionResultType]::ParameterName, 'The chart to release, from an object in the format ''<kind>/<name>.<namespace>'', where kind must be one of: (OCIRepository, HelmChart); instead of --chart')
            [CompletionResult]::new('--depends-on', '--depends-on', [CompletionResultType]::ParameterName, 'HelmReleases that must be ready before this release can be installed, supported formats ''<name>'' and ''<namespace>/<name>''')
            [CompletionResult]::new('--target-namespace', '--target-namespace', [CompletionResultType]::ParameterName, 'Namespace to install this release, defaults to the HelmRelease namespace')
            [CompletionResult]::new('--storage-namespace', '--storage-namespace', [CompletionResultType]::ParameterName, 'Namespace to store the Helm release, defaults to the target namespace')
            [CompletionResult]::new('--create-target-namespace', '--create-target-namespace', [CompletionResultType]::ParameterName, 'Create the target namespace if it does not exist')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The name of the service account to impersonate when reconciling this HelmRelease')
            [CompletionResult]::new('--reconcile-strategy', '--reconcile-strategy', [CompletionResultType]::ParameterName, 'The reconcile strategy for helm chart created by the helm release (accepted values: Revision and ChartVersion)')
            [CompletionResult]::new('--chart-interval', '--chart-interval', [CompletionResultType]::ParameterName, 'The interval of which to check for new chart versions')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Local path to values.yaml files, merged in order into spec.values; also accepts comma-separated values')
            [CompletionResult]::new('--values-from', '--values-from', [CompletionResultType]::ParameterName, 'A Kubernetes object reference that contains the values.yaml data key in the format ''<kind>/<name>'', where kind must be one of: (Secret,ConfigMap)')
            [CompletionResult]::new('--crds', '--crds', [CompletionResultType]::ParameterName, 'Upgrade CRDs policy (Skip|Create|CreateReplace); install always creates them')
            [CompletionResult]::new('--kubeconfig-secret-ref', '--kubeconfig-secret-ref', [CompletionResultType]::ParameterName, 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;hr' {
            [CompletionResult]::new('--release-name', '--release-name', [CompletionResultType]::ParameterName, 'Name used for the Helm release, defaults to a composition of ''[<target-namespace>-]<HelmRelease-name>''')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source that contains the chart in the format ''<kind>/<name>.<namespace>'', where kind must be one of: (HelmRepository, GitRepository, Bucket)')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Helm chart name or path')
            [CompletionResult]::new('--chart-version', '--chart-version', [CompletionResultType]::ParameterName, 'Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)')
            [CompletionResult]::new('--chart-ref', '--chart-ref', [CompletionResultType]::ParameterName, 'The chart to release, from an object in the format ''<kind>/<name>.<namespace>'', where kind must be one of: (OCIRepository, HelmChart); instead of --chart')
            [CompletionResult]::new('--depends-on', '--depends-on', [CompletionResultType]::ParameterName, 'HelmReleases that must be ready before this release can be installed, supported formats ''<name>'' and ''<namespace>/<name>''')
            [CompletionResult]::new('--target-namespace', '--target-namespace', [CompletionResultType]::ParameterName, 'Namespace to install this release, defaults to the HelmRelease namespace')
            [CompletionResult]::new('--storage-namespace', '--storage-namespace', [CompletionResultType]::ParameterName, 'Namespace to store the Helm release, defaults to the target namespace')
            [CompletionResult]::new('--create-target-namespace', '--create-target-namespace', [CompletionResultType]::ParameterName, 'Create the target namespace if it does not exist')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The name of the service account to impersonate when reconciling this HelmRelease')
            [CompletionResult]::new('--reconcile-strategy', '--reconcile-strategy', [CompletionResultType]::ParameterName, 'The reconcile strategy for helm chart created by the helm release (accepted values: Revision and ChartVersion)')
            [CompletionResult]::new('--chart-interval', '--chart-interval', [CompletionResultType]::ParameterName, 'The interval of which to check for new chart versions')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Local path to values.yaml files, merged in order into spec.values; also accepts comma-separated values')
            [CompletionResult]::new('--values-from', '--values-from', [CompletionResultType]::ParameterName, 'A Kubernetes object reference that contains the values.yaml data key in the format ''<kind>/<name>'', where kind must be one of: (Secret,ConfigMap)')
            [CompletionResult]::new('--crds', '--crds', [CompletionResultType]::ParameterName, 'Upgrade CRDs policy (Skip|Create|CreateReplace); install always creates them')
            [CompletionResult]::new('--kubeconfig-secret-ref', '--kubeconfig-secret-ref', [CompletionResultType]::ParameterName, 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;image' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Create or update an ImageRepository object.')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Create or update an ImagePolicy object.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Create or update an ImageUpdateAutomation object.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;image;repository' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'The image repository to scan; e.g., library/alpine')
            [CompletionResult]::new('--secret-ref', '--secret-ref', [CompletionResultType]::ParameterName, 'The name of a docker-registry secret to use for credentials')
            [CompletionResult]::new('--cert-ref', '--cert-ref', [CompletionResultType]::ParameterName, 'The name of a secret to use for TLS certificates')
            [CompletionResult]::new('--scan-timeout', '--scan-timeout', [CompletionResultType]::ParameterName, 'A timeout for scanning; this defaults to the interval if not set (--timeout is the command''s own)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;image;policy' {
            [CompletionResult]::new('--image-ref', '--image-ref', [CompletionResultType]::ParameterName, 'The name of an image repository object')
            [CompletionResult]::new('--select-semver', '--select-semver', [CompletionResultType]::ParameterName, 'A semver range to apply to tags; e.g., ''1.x''')
            [CompletionResult]::new('--select-alpha', '--select-alpha', [CompletionResultType]::ParameterName, 'Use alphabetical sorting to select image; either "asc" meaning select the last, or "desc" meaning select the first')
            [CompletionResult]::new('--select-numeric', '--select-numeric', [CompletionResultType]::ParameterName, 'Use numeric sorting to select image; either "asc" meaning select the last, or "desc" meaning select the first')
            [CompletionResult]::new('--filter-regex', '--filter-regex', [CompletionResultType]::ParameterName, 'Regular expression pattern used to filter the image tags')
            [CompletionResult]::new('--filter-extract', '--filter-extract', [CompletionResultType]::ParameterName, 'Replacement pattern (using capture groups from --filter-regex) to use for sorting')
            [CompletionResult]::new('--reflect-digest', '--reflect-digest', [CompletionResultType]::ParameterName, 'The digest reflection policy to use when observing latest image tags (one of ''Never'', ''IfNotPresent'', ''Always'')')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;image;update' {
            [CompletionResult]::new('--git-repo-ref', '--git-repo-ref', [CompletionResultType]::ParameterName, 'The name of a GitRepository resource with details of the upstream Git repository')
            [CompletionResult]::new('--git-repo-namespace', '--git-repo-namespace', [CompletionResultType]::ParameterName, 'The namespace of the GitRepository resource, defaults to the ImageUpdateAutomation namespace')
            [CompletionResult]::new('--git-repo-path', '--git-repo-path', [CompletionResultType]::ParameterName, 'Path to the directory containing the manifests to be updated, defaults to the repository root')
            [CompletionResult]::new('--checkout-branch', '--checkout-branch', [CompletionResultType]::ParameterName, 'The branch to checkout')
            [CompletionResult]::new('--push-branch', '--push-branch', [CompletionResultType]::ParameterName, 'The branch to push commits to, defaults to the checkout branch if not specified')
            [CompletionResult]::new('--commit-template', '--commit-template', [CompletionResultType]::ParameterName, 'A template for commit messages')
            [CompletionResult]::new('--author-name', '--author-name', [CompletionResultType]::ParameterName, 'The name to use for commit author')
            [CompletionResult]::new('--author-email', '--author-email', [CompletionResultType]::ParameterName, 'The email to use for commit author')
            [CompletionResult]::new('--signing-key-secret', '--signing-key-secret', [CompletionResultType]::ParameterName, 'Name of the Secret containing the signing key referenced in spec.git.commit.signingKey')
            [CompletionResult]::new('--signing-key-type', '--signing-key-type', [CompletionResultType]::ParameterName, 'Signing-key format: gpg or ssh (defaults to gpg when --signing-key-secret is set)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;image;help' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Create or update an ImageRepository object.')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Create or update an ImagePolicy object.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Create or update an ImageUpdateAutomation object.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;image;help;repository' {
            break
        }
        'flux-rs;create;image;help;policy' {
            break
        }
        'flux-rs;create;image;help;update' {
            break
        }
        'flux-rs;create;image;help;help' {
            break
        }
        'flux-rs;create;kustomization' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source that contains the Kubernetes manifests in the format ''[<kind>/]<name>.<namespace>'', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to the directory containing a kustomization.yaml file, relative to the source root (cleaned; `deploy` and `../deploy` both mean `./deploy`)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Enable garbage collection')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Enable health checking of all the applied resources')
            [CompletionResult]::new('--health-check', '--health-check', [CompletionResultType]::ParameterName, 'Workload to be included in the health assessment, in the format ''<kind>/<name>.<namespace>'' (ignored with --wait)')
            [CompletionResult]::new('--health-check-timeout', '--health-check-timeout', [CompletionResultType]::ParameterName, 'Timeout of health checking operations')
            [CompletionResult]::new('--validation', '--validation', [CompletionResultType]::ParameterName, 'Deprecated: this arg is no longer used, all resources are validated using server-side apply dry-run')
            [CompletionResult]::new('--depends-on', '--depends-on', [CompletionResultType]::ParameterName, 'Kustomization that must be ready before this Kustomization can be applied, supported formats ''<name>'' and ''<namespace>/<name>'', also accepts comma-separated values')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The name of the service account to impersonate when reconciling this Kustomization')
            [CompletionResult]::new('--decryption-provider', '--decryption-provider', [CompletionResultType]::ParameterName, 'Decryption provider, available options are: (sops)')
            [CompletionResult]::new('--decryption-secret', '--decryption-secret', [CompletionResultType]::ParameterName, 'Set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption')
            [CompletionResult]::new('--target-namespace', '--target-namespace', [CompletionResultType]::ParameterName, 'Overrides the namespace of all Kustomization objects reconciled by this Kustomization')
            [CompletionResult]::new('--kubeconfig-secret-ref', '--kubeconfig-secret-ref', [CompletionResultType]::ParameterName, 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'The interval at which to retry a previously failed reconciliation')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;ks' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source that contains the Kubernetes manifests in the format ''[<kind>/]<name>.<namespace>'', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to the directory containing a kustomization.yaml file, relative to the source root (cleaned; `deploy` and `../deploy` both mean `./deploy`)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Enable garbage collection')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Enable health checking of all the applied resources')
            [CompletionResult]::new('--health-check', '--health-check', [CompletionResultType]::ParameterName, 'Workload to be included in the health assessment, in the format ''<kind>/<name>.<namespace>'' (ignored with --wait)')
            [CompletionResult]::new('--health-check-timeout', '--health-check-timeout', [CompletionResultType]::ParameterName, 'Timeout of health checking operations')
            [CompletionResult]::new('--validation', '--validation', [CompletionResultType]::ParameterName, 'Deprecated: this arg is no longer used, all resources are validated using server-side apply dry-run')
            [CompletionResult]::new('--depends-on', '--depends-on', [CompletionResultType]::ParameterName, 'Kustomization that must be ready before this Kustomization can be applied, supported formats ''<name>'' and ''<namespace>/<name>'', also accepts comma-separated values')
            [CompletionResult]::new('--service-account', '--service-account', [CompletionResultType]::ParameterName, 'The name of the service account to impersonate when reconciling this Kustomization')
            [CompletionResult]::new('--decryption-provider', '--decryption-provider', [CompletionResultType]::ParameterName, 'Decryption provider, available options are: (sops)')
            [CompletionResult]::new('--decryption-secret', '--decryption-secret', [CompletionResultType]::ParameterName, 'Set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption')
            [CompletionResult]::new('--target-namespace', '--target-namespace', [CompletionResultType]::ParameterName, 'Overrides the namespace of all Kustomization objects reconciled by this Kustomization')
            [CompletionResult]::new('--kubeconfig-secret-ref', '--kubeconfig-secret-ref', [CompletionResultType]::ParameterName, 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'The interval at which to retry a previously failed reconciliation')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;receiver' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The receiver type (generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents)')
            [CompletionResult]::new('--secret-ref', '--secret-ref', [CompletionResultType]::ParameterName, 'The Secret holding the token that authenticates the sender')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The events that trigger a reconcile (all when none is given); also accepts comma-separated values')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'The objects to reconcile, as <kind>/<name>; also accepts comma-separated values')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;tenant' {
            [CompletionResult]::new('--with-namespace', '--with-namespace', [CompletionResultType]::ParameterName, 'Namespace belonging to this tenant (repeat it, or separate names with commas)')
            [CompletionResult]::new('--cluster-role', '--cluster-role', [CompletionResultType]::ParameterName, 'Cluster role of the tenant role binding')
            [CompletionResult]::new('--with-service-account', '--with-service-account', [CompletionResultType]::ParameterName, 'Service account belonging to this tenant (default: the tenant''s name)')
            [CompletionResult]::new('--skip-namespace', '--skip-namespace', [CompletionResultType]::ParameterName, 'Skip namespace creation (namespace must exist already)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Source sync interval, as a Go duration [default: 1m0s]. For `create image policy` it is the digest reflection interval, with no default (upstream''s local flag of that name)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Export in YAML format to stdout (no cluster needed)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;create;help' {
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Create or update a Alert resource.')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Create or update a Provider resource.')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or update Kubernetes secrets')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Create or update sources')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Create or update a HelmRelease resource.')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Create or update resources dealing with image automation.')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Create or update a Kustomization resource.')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Create or update a Receiver resource.')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create or update a tenant.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;create;help;alert' {
            break
        }
        'flux-rs;create;help;alert-provider' {
            break
        }
        'flux-rs;create;help;secret' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Git authentication.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Helm repository authentication.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes image pull secret.')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for proxy authentication.')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for a Receiver webhook.')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret with TLS certificates.')
            break
        }
        'flux-rs;create;help;secret;git' {
            break
        }
        'flux-rs;create;help;secret;helm' {
            break
        }
        'flux-rs;create;help;secret;oci' {
            break
        }
        'flux-rs;create;help;secret;proxy' {
            break
        }
        'flux-rs;create;help;secret;receiver' {
            break
        }
        'flux-rs;create;help;secret;tls' {
            break
        }
        'flux-rs;create;help;source' {
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Create or update a Bucket source.')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Create or update a HelmChart source.')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a GitRepository source.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a HelmRepository source.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update an OCIRepository.')
            break
        }
        'flux-rs;create;help;source;bucket' {
            break
        }
        'flux-rs;create;help;source;chart' {
            break
        }
        'flux-rs;create;help;source;git' {
            break
        }
        'flux-rs;create;help;source;helm' {
            break
        }
        'flux-rs;create;help;source;oci' {
            break
        }
        'flux-rs;create;help;helmrelease' {
            break
        }
        'flux-rs;create;help;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Create or update an ImageRepository object.')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Create or update an ImagePolicy object.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Create or update an ImageUpdateAutomation object.')
            break
        }
        'flux-rs;create;help;image;repository' {
            break
        }
        'flux-rs;create;help;image;policy' {
            break
        }
        'flux-rs;create;help;image;update' {
            break
        }
        'flux-rs;create;help;kustomization' {
            break
        }
        'flux-rs;create;help;receiver' {
            break
        }
        'flux-rs;create;help;tenant' {
            break
        }
        'flux-rs;create;help;help' {
            break
        }
        'flux-rs;delete' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('hr', 'hr', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;delete;kustomization' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;ks' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;helmrelease' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;hr' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;alert' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;alert-provider' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;receiver' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;image' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;delete;image;repository' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;image;policy' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;image;update' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;image;help' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;delete;image;help;repository' {
            break
        }
        'flux-rs;delete;image;help;policy' {
            break
        }
        'flux-rs;delete;image;help;update' {
            break
        }
        'flux-rs;delete;image;help;help' {
            break
        }
        'flux-rs;delete;source' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;delete;source;git' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;source;oci' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;source;bucket' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;source;helm' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;source;chart' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;delete;source;help' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;delete;source;help;git' {
            break
        }
        'flux-rs;delete;source;help;oci' {
            break
        }
        'flux-rs;delete;source;help;bucket' {
            break
        }
        'flux-rs;delete;source;help;helm' {
            break
        }
        'flux-rs;delete;source;help;chart' {
            break
        }
        'flux-rs;delete;source;help;help' {
            break
        }
        'flux-rs;delete;help' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;delete;help;kustomization' {
            break
        }
        'flux-rs;delete;help;helmrelease' {
            break
        }
        'flux-rs;delete;help;alert' {
            break
        }
        'flux-rs;delete;help;alert-provider' {
            break
        }
        'flux-rs;delete;help;receiver' {
            break
        }
        'flux-rs;delete;help;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            break
        }
        'flux-rs;delete;help;image;repository' {
            break
        }
        'flux-rs;delete;help;image;policy' {
            break
        }
        'flux-rs;delete;help;image;update' {
            break
        }
        'flux-rs;delete;help;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            break
        }
        'flux-rs;delete;help;source;git' {
            break
        }
        'flux-rs;delete;help;source;oci' {
            break
        }
        'flux-rs;delete;help;source;bucket' {
            break
        }
        'flux-rs;delete;help;source;helm' {
            break
        }
        'flux-rs;delete;help;source;chart' {
            break
        }
        'flux-rs;delete;help;help' {
            break
        }
        'flux-rs;diff' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Diff Kustomization.')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Diff Kustomization.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;diff;kustomization' {
            [CompletionResult]::new('--kustomization-file', '--kustomization-file', [CompletionResultType]::ParameterName, 'Path to the Flux Kustomization YAML file')
            [CompletionResult]::new('--ignore-paths', '--ignore-paths', [CompletionResultType]::ParameterName, 'set paths to ignore in .gitignore format')
            [CompletionResult]::new('--strict-substitute', '--strict-substitute', [CompletionResultType]::ParameterName, 'When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars')
            [CompletionResult]::new('--local-sources', '--local-sources', [CompletionResultType]::ParameterName, 'Comma-separated list of repositories in format: Kind/namespace/name=path')
            [CompletionResult]::new('--in-memory-build', '--in-memory-build', [CompletionResultType]::ParameterName, 'Use in-memory filesystem during build. Accepted for compatibility: flux-rs always builds in memory')
            [CompletionResult]::new('--progress-bar', '--progress-bar', [CompletionResultType]::ParameterName, 'Boolean to set the progress bar. The default value is true. (It shows only when stdout is a terminal.)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Ignore Kustomization not found errors on the cluster when diffing (requires --kustomization-file)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Print one JSON document instead of the report: every object''s subject, action and changed field paths (no values). The exit status is the same')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Print one JSON document instead of the report: every object''s subject, action and changed field paths (no values). The exit status is the same')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to a local directory that matches the specified Kustomization.spec.path')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Recursively diff Kustomizations')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Recursively diff Kustomizations')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;diff;ks' {
            [CompletionResult]::new('--kustomization-file', '--kustomization-file', [CompletionResultType]::ParameterName, 'Path to the Flux Kustomization YAML file')
            [CompletionResult]::new('--ignore-paths', '--ignore-paths', [CompletionResultType]::ParameterName, 'set paths to ignore in .gitignore format')
            [CompletionResult]::new('--strict-substitute', '--strict-substitute', [CompletionResultType]::ParameterName, 'When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars')
            [CompletionResult]::new('--local-sources', '--local-sources', [CompletionResultType]::ParameterName, 'Comma-separated list of repositories in format: Kind/namespace/name=path')
            [CompletionResult]::new('--in-memory-build', '--in-memory-build', [CompletionResultType]::ParameterName, 'Use in-memory filesystem during build. Accepted for compatibility: flux-rs always builds in memory')
            [CompletionResult]::new('--progress-bar', '--progress-bar', [CompletionResultType]::ParameterName, 'Boolean to set the progress bar. The default value is true. (It shows only when stdout is a terminal.)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Ignore Kustomization not found errors on the cluster when diffing (requires --kustomization-file)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Print one JSON document instead of the report: every object''s subject, action and changed field paths (no values). The exit status is the same')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Print one JSON document instead of the report: every object''s subject, action and changed field paths (no values). The exit status is the same')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to a local directory that matches the specified Kustomization.spec.path')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Recursively diff Kustomizations')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Recursively diff Kustomizations')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;diff;help' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Diff Kustomization.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;diff;help;kustomization' {
            break
        }
        'flux-rs;diff;help;help' {
            break
        }
        'flux-rs;envsubst' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail if a variable without a default value is declared in the input but is missing from the environment')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;events' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Only the events of one Flux kind, or of one object (kind/name) and of the objects it references; the kind is case-insensitive (kustomization/podinfo)')
            [CompletionResult]::new('--types', '--types', [CompletionResultType]::ParameterName, 'Only events of these types: Normal, Warning (case-insensitive, comma-separated)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Show the events of every namespace (adds a NAMESPACE column)')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Show the events of every namespace (adds a NAMESPACE column)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Stream events as they happen, one row each, until --timeout (then exit 0)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Stream events as they happen, one row each, until --timeout (then exit 0)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Export sources')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Export Kustomization resources in YAML format')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Export Kustomization resources in YAML format')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Export HelmRelease resources in YAML format')
            [CompletionResult]::new('hr', 'hr', [CompletionResultType]::ParameterValue, 'Export HelmRelease resources in YAML format')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Export Alert resources in YAML format')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Export Provider resources in YAML format')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Export Receiver resources in YAML format')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Export image automation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;export;source' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Export GitRepository sources in YAML format')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Export OCIRepository sources in YAML format')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Export HelmRepository sources in YAML format')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Export HelmChart sources in YAML format')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Export Bucket sources in YAML format')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Export ExternalArtifact sources in YAML format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;export;source;git' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-credentials', '--with-credentials', [CompletionResultType]::ParameterName, 'Include credential secrets: the Secret named by spec.secretRef follows the source')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;source;oci' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-credentials', '--with-credentials', [CompletionResultType]::ParameterName, 'Include credential secrets: the Secret named by spec.secretRef follows the source')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;source;helm' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-credentials', '--with-credentials', [CompletionResultType]::ParameterName, 'Include credential secrets: the Secret named by spec.secretRef follows the source')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;source;chart' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-credentials', '--with-credentials', [CompletionResultType]::ParameterName, 'Include credential secrets: the Secret named by spec.secretRef follows the source')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;source;bucket' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-credentials', '--with-credentials', [CompletionResultType]::ParameterName, 'Include credential secrets: the Secret named by spec.secretRef follows the source')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;source;external' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-credentials', '--with-credentials', [CompletionResultType]::ParameterName, 'Include credential secrets: the Secret named by spec.secretRef follows the source')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;source;help' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Export GitRepository sources in YAML format')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Export OCIRepository sources in YAML format')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Export HelmRepository sources in YAML format')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Export HelmChart sources in YAML format')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Export Bucket sources in YAML format')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Export ExternalArtifact sources in YAML format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;export;source;help;git' {
            break
        }
        'flux-rs;export;source;help;oci' {
            break
        }
        'flux-rs;export;source;help;helm' {
            break
        }
        'flux-rs;export;source;help;chart' {
            break
        }
        'flux-rs;export;source;help;bucket' {
            break
        }
        'flux-rs;export;source;help;external' {
            break
        }
        'flux-rs;export;source;help;help' {
            break
        }
        'flux-rs;export;kustomization' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;ks' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;helmrelease' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;hr' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;alert' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;alert-provider' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;receiver' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;image' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Export ImagePolicy resources in YAML format')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Export ImageRepository resources in YAML format')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Export ImageUpdateAutomation resources in YAML format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;export;image;policy' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;image;repository' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;image;update' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Select all resources of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;export;image;help' {
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Export ImagePolicy resources in YAML format')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Export ImageRepository resources in YAML format')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Export ImageUpdateAutomation resources in YAML format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;export;image;help;policy' {
            break
        }
        'flux-rs;export;image;help;repository' {
            break
        }
        'flux-rs;export;image;help;update' {
            break
        }
        'flux-rs;export;image;help;help' {
            break
        }
        'flux-rs;export;help' {
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Export sources')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Export Kustomization resources in YAML format')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Export HelmRelease resources in YAML format')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Export Alert resources in YAML format')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Export Provider resources in YAML format')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Export Receiver resources in YAML format')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Export image automation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;export;help;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Export GitRepository sources in YAML format')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Export OCIRepository sources in YAML format')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Export HelmRepository sources in YAML format')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Export HelmChart sources in YAML format')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Export Bucket sources in YAML format')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Export ExternalArtifact sources in YAML format')
            break
        }
        'flux-rs;export;help;source;git' {
            break
        }
        'flux-rs;export;help;source;oci' {
            break
        }
        'flux-rs;export;help;source;helm' {
            break
        }
        'flux-rs;export;help;source;chart' {
            break
        }
        'flux-rs;export;help;source;bucket' {
            break
        }
        'flux-rs;export;help;source;external' {
            break
        }
        'flux-rs;export;help;kustomization' {
            break
        }
        'flux-rs;export;help;helmrelease' {
            break
        }
        'flux-rs;export;help;alert' {
            break
        }
        'flux-rs;export;help;alert-provider' {
            break
        }
        'flux-rs;export;help;receiver' {
            break
        }
        'flux-rs;export;help;image' {
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Export ImagePolicy resources in YAML format')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Export ImageRepository resources in YAML format')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Export ImageUpdateAutomation resources in YAML format')
            break
        }
        'flux-rs;export;help;image;policy' {
            break
        }
        'flux-rs;export;help;image;repository' {
            break
        }
        'flux-rs;export;help;image;update' {
            break
        }
        'flux-rs;export;help;help' {
            break
        }
        'flux-rs;get' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'Get source statuses')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Get source statuses')
            [CompletionResult]::new('kustomizations', 'kustomizations', [CompletionResultType]::ParameterValue, 'Get Kustomization statuses')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Get Kustomization statuses')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Get Kustomization statuses')
            [CompletionResult]::new('helmreleases', 'helmreleases', [CompletionResultType]::ParameterValue, 'Get HelmRelease statuses')
            [CompletionResult]::new('hr', 'hr', [CompletionResultType]::ParameterValue, 'Get HelmRelease statuses')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Get HelmRelease statuses')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Get Alert statuses')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Get Alert statuses')
            [CompletionResult]::new('alert-providers', 'alert-providers', [CompletionResultType]::ParameterValue, 'Get Provider statuses')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Get Provider statuses')
            [CompletionResult]::new('receivers', 'receivers', [CompletionResultType]::ParameterValue, 'Get Receiver statuses')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Get Receiver statuses')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Get image automation object statuses')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Get image automation object statuses')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all resources and statuses: sources, images, HelmReleases, Kustomizations, Receivers, Providers and Alerts, one table per kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;sources' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all source statuses')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Get GitRepository source statuses')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Get OCIRepository statuses')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Get HelmRepository source statuses')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Get HelmChart statuses')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Get Bucket source statuses')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Get ExternalArtifact source statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;source' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all source statuses')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Get GitRepository source statuses')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Get OCIRepository statuses')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Get HelmRepository source statuses')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Get HelmChart statuses')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Get Bucket source statuses')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Get ExternalArtifact source statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;sources;all' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;source;all' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;sources;git' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;source;git' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;sources;oci' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;source;oci' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;sources;helm' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;source;helm' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;sources;chart' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;source;chart' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;sources;bucket' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;source;bucket' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;sources;external' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;source;external' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;sources;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all source statuses')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Get GitRepository source statuses')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Get OCIRepository statuses')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Get HelmRepository source statuses')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Get HelmChart statuses')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Get Bucket source statuses')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Get ExternalArtifact source statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;sources;help;all' {
            break
        }
        'flux-rs;get;sources;help;git' {
            break
        }
        'flux-rs;get;sources;help;oci' {
            break
        }
        'flux-rs;get;sources;help;helm' {
            break
        }
        'flux-rs;get;sources;help;chart' {
            break
        }
        'flux-rs;get;sources;help;bucket' {
            break
        }
        'flux-rs;get;sources;help;external' {
            break
        }
        'flux-rs;get;sources;help;help' {
            break
        }
        'flux-rs;get;source;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all source statuses')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Get GitRepository source statuses')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Get OCIRepository statuses')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Get HelmRepository source statuses')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Get HelmChart statuses')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Get Bucket source statuses')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Get ExternalArtifact source statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;source;help;all' {
            break
        }
        'flux-rs;get;source;help;git' {
            break
        }
        'flux-rs;get;source;help;oci' {
            break
        }
        'flux-rs;get;source;help;helm' {
            break
        }
        'flux-rs;get;source;help;chart' {
            break
        }
        'flux-rs;get;source;help;bucket' {
            break
        }
        'flux-rs;get;source;help;external' {
            break
        }
        'flux-rs;get;source;help;help' {
            break
        }
        'flux-rs;get;kustomizations' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--show-source', '--show-source', [CompletionResultType]::ParameterName, 'Show the source reference (Kind/namespace/name) of each object')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;ks' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--show-source', '--show-source', [CompletionResultType]::ParameterName, 'Show the source reference (Kind/namespace/name) of each object')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;kustomization' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--show-source', '--show-source', [CompletionResultType]::ParameterName, 'Show the source reference (Kind/namespace/name) of each object')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;helmreleases' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--show-source', '--show-source', [CompletionResultType]::ParameterName, 'Show the source reference (Kind/namespace/name) of each object')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;hr' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--show-source', '--show-source', [CompletionResultType]::ParameterName, 'Show the source reference (Kind/namespace/name) of each object')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;helmrelease' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--show-source', '--show-source', [CompletionResultType]::ParameterName, 'Show the source reference (Kind/namespace/name) of each object')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;alerts' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;alert' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;alert-providers' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;alert-provider' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;receivers' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;receiver' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;images' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all image statuses')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Get ImageRepository statuses')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Get ImagePolicy statuses')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Get ImageUpdateAutomation statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;image' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all image statuses')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Get ImageRepository statuses')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Get ImagePolicy statuses')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Get ImageUpdateAutomation statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;images;all' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;image;all' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;images;repository' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;image;repository' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;images;policy' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;image;policy' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;images;update' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;image;update' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;images;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all image statuses')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Get ImageRepository statuses')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Get ImagePolicy statuses')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Get ImageUpdateAutomation statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;images;help;all' {
            break
        }
        'flux-rs;get;images;help;repository' {
            break
        }
        'flux-rs;get;images;help;policy' {
            break
        }
        'flux-rs;get;images;help;update' {
            break
        }
        'flux-rs;get;images;help;help' {
            break
        }
        'flux-rs;get;image;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all image statuses')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Get ImageRepository statuses')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Get ImagePolicy statuses')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Get ImageUpdateAutomation statuses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;image;help;all' {
            break
        }
        'flux-rs;get;image;help;repository' {
            break
        }
        'flux-rs;get;image;help;policy' {
            break
        }
        'flux-rs;get;image;help;update' {
            break
        }
        'flux-rs;get;image;help;help' {
            break
        }
        'flux-rs;get;all' {
            [CompletionResult]::new('--status-selector', '--status-selector', [CompletionResultType]::ParameterName, 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'Filter objects by label selector (e.g. app=podinfo, ''env in (dev,prod)'')')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List the requested object(s) across all namespaces')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Skip the header when printing the results')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After listing/getting the requested object, watch for changes: one row per change, until --timeout')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;get;help' {
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'Get source statuses')
            [CompletionResult]::new('kustomizations', 'kustomizations', [CompletionResultType]::ParameterValue, 'Get Kustomization statuses')
            [CompletionResult]::new('helmreleases', 'helmreleases', [CompletionResultType]::ParameterValue, 'Get HelmRelease statuses')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Get Alert statuses')
            [CompletionResult]::new('alert-providers', 'alert-providers', [CompletionResultType]::ParameterValue, 'Get Provider statuses')
            [CompletionResult]::new('receivers', 'receivers', [CompletionResultType]::ParameterValue, 'Get Receiver statuses')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Get image automation object statuses')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all resources and statuses: sources, images, HelmReleases, Kustomizations, Receivers, Providers and Alerts, one table per kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;get;help;sources' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all source statuses')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Get GitRepository source statuses')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Get OCIRepository statuses')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Get HelmRepository source statuses')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Get HelmChart statuses')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Get Bucket source statuses')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Get ExternalArtifact source statuses')
            break
        }
        'flux-rs;get;help;sources;all' {
            break
        }
        'flux-rs;get;help;sources;git' {
            break
        }
        'flux-rs;get;help;sources;oci' {
            break
        }
        'flux-rs;get;help;sources;helm' {
            break
        }
        'flux-rs;get;help;sources;chart' {
            break
        }
        'flux-rs;get;help;sources;bucket' {
            break
        }
        'flux-rs;get;help;sources;external' {
            break
        }
        'flux-rs;get;help;kustomizations' {
            break
        }
        'flux-rs;get;help;helmreleases' {
            break
        }
        'flux-rs;get;help;alerts' {
            break
        }
        'flux-rs;get;help;alert-providers' {
            break
        }
        'flux-rs;get;help;receivers' {
            break
        }
        'flux-rs;get;help;images' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all image statuses')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Get ImageRepository statuses')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Get ImagePolicy statuses')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Get ImageUpdateAutomation statuses')
            break
        }
        'flux-rs;get;help;images;all' {
            break
        }
        'flux-rs;get;help;images;repository' {
            break
        }
        'flux-rs;get;help;images;policy' {
            break
        }
        'flux-rs;get;help;images;update' {
            break
        }
        'flux-rs;get;help;all' {
            break
        }
        'flux-rs;get;help;help' {
            break
        }
        'flux-rs;install' {
            [CompletionResult]::new('--components', '--components', [CompletionResultType]::ParameterName, 'List of components, accepts comma-separated values')
            [CompletionResult]::new('--components-extra', '--components-extra', [CompletionResultType]::ParameterName, 'List of components in addition to those supplied or defaulted, accepts values such as ''image-reflector-controller,image-automation-controller''')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'The container image that runs the controllers [default: ghcr.io/flux-rs/flux-rs:v<version>]')
            [CompletionResult]::new('--registry-creds', '--registry-creds', [CompletionResultType]::ParameterName, 'Container registry credentials in the format ''user:password'', requires --image-pull-secret to be set')
            [CompletionResult]::new('--image-pull-secret', '--image-pull-secret', [CompletionResultType]::ParameterName, 'Kubernetes secret name used for pulling the image from a private registry')
            [CompletionResult]::new('--watch-all-namespaces', '--watch-all-namespaces', [CompletionResultType]::ParameterName, 'Watch for custom resources in all namespaces, if set to false it will only watch the namespace where Flux is installed')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level of the controllers')
            [CompletionResult]::new('--network-policy', '--network-policy', [CompletionResultType]::ParameterName, 'Deny ingress access to the controllers from other namespaces using network policies')
            [CompletionResult]::new('--cluster-domain', '--cluster-domain', [CompletionResultType]::ParameterName, 'Internal cluster domain')
            [CompletionResult]::new('--toleration-keys', '--toleration-keys', [CompletionResultType]::ParameterName, 'List of toleration keys used to schedule the controllers'' pod onto nodes with matching taints')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Write the install manifests to stdout and exit')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Override an existing Flux installation if it''s managed by a different tool such as Helm')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;kustomize' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Print the resources a kustomization directory builds to, as `kustomize build` does.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;kustomize;build' {
            [CompletionResult]::new('--load-restrictor', '--load-restrictor', [CompletionResultType]::ParameterName, 'If set to ''LoadRestrictionsNone'', local kustomizations may load files from outside their root. This does, however, break the relocatability of the kustomization')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to this file, or, if it is an existing directory, one file per resource in it')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to this file, or, if it is an existing directory, one file per resource in it')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;kustomize;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Print the resources a kustomization directory builds to, as `kustomize build` does.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;kustomize;help;build' {
            break
        }
        'flux-rs;kustomize;help;help' {
            break
        }
        'flux-rs;reconcile' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Reconcile a Kustomization')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Reconcile a Kustomization')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRelease')
            [CompletionResult]::new('hr', 'hr', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRelease')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Reconcile a Receiver')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Reconcile image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Reconcile sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;reconcile;kustomization' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-source', '--with-source', [CompletionResultType]::ParameterName, 'Reconcile the object''s source first')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;ks' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-source', '--with-source', [CompletionResultType]::ParameterName, 'Reconcile the object''s source first')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;helmrelease' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-source', '--with-source', [CompletionResultType]::ParameterName, 'Reconcile the object''s source first')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force a one-off install or upgrade of the release (sets reconcile.fluxcd.io/forceAt)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset the release''s failure counters (sets reconcile.fluxcd.io/resetAt)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;hr' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-source', '--with-source', [CompletionResultType]::ParameterName, 'Reconcile the object''s source first')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force a one-off install or upgrade of the release (sets reconcile.fluxcd.io/forceAt)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset the release''s failure counters (sets reconcile.fluxcd.io/resetAt)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;receiver' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;image' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Reconcile an ImageRepository (scan the registry now)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Reconcile an ImagePolicy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Reconcile an ImageUpdateAutomation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;reconcile;image;repository' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;image;policy' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;image;update' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;image;help' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Reconcile an ImageRepository (scan the registry now)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Reconcile an ImagePolicy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Reconcile an ImageUpdateAutomation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;reconcile;image;help;repository' {
            break
        }
        'flux-rs;reconcile;image;help;policy' {
            break
        }
        'flux-rs;reconcile;image;help;update' {
            break
        }
        'flux-rs;reconcile;image;help;help' {
            break
        }
        'flux-rs;reconcile;source' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Reconcile a GitRepository')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Reconcile an OCIRepository')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Reconcile a Bucket')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRepository')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Reconcile a HelmChart')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;reconcile;source;git' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;source;oci' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;source;bucket' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;source;helm' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;source;chart' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--with-source', '--with-source', [CompletionResultType]::ParameterName, 'Reconcile the object''s source first')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;reconcile;source;help' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Reconcile a GitRepository')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Reconcile an OCIRepository')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Reconcile a Bucket')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRepository')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Reconcile a HelmChart')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;reconcile;source;help;git' {
            break
        }
        'flux-rs;reconcile;source;help;oci' {
            break
        }
        'flux-rs;reconcile;source;help;bucket' {
            break
        }
        'flux-rs;reconcile;source;help;helm' {
            break
        }
        'flux-rs;reconcile;source;help;chart' {
            break
        }
        'flux-rs;reconcile;source;help;help' {
            break
        }
        'flux-rs;reconcile;help' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Reconcile a Kustomization')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRelease')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Reconcile a Receiver')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Reconcile image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Reconcile sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;reconcile;help;kustomization' {
            break
        }
        'flux-rs;reconcile;help;helmrelease' {
            break
        }
        'flux-rs;reconcile;help;receiver' {
            break
        }
        'flux-rs;reconcile;help;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Reconcile an ImageRepository (scan the registry now)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Reconcile an ImagePolicy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Reconcile an ImageUpdateAutomation')
            break
        }
        'flux-rs;reconcile;help;image;repository' {
            break
        }
        'flux-rs;reconcile;help;image;policy' {
            break
        }
        'flux-rs;reconcile;help;image;update' {
            break
        }
        'flux-rs;reconcile;help;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Reconcile a GitRepository')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Reconcile an OCIRepository')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Reconcile a Bucket')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRepository')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Reconcile a HelmChart')
            break
        }
        'flux-rs;reconcile;help;source;git' {
            break
        }
        'flux-rs;reconcile;help;source;oci' {
            break
        }
        'flux-rs;reconcile;help;source;bucket' {
            break
        }
        'flux-rs;reconcile;help;source;helm' {
            break
        }
        'flux-rs;reconcile;help;source;chart' {
            break
        }
        'flux-rs;reconcile;help;help' {
            break
        }
        'flux-rs;resume' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('hr', 'hr', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;resume;kustomization' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;ks' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;helmrelease' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;hr' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;alert' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;alert-provider' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;receiver' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;image' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;resume;image;repository' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;image;policy' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;image;update' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;image;help' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;resume;image;help;repository' {
            break
        }
        'flux-rs;resume;image;help;policy' {
            break
        }
        'flux-rs;resume;image;help;update' {
            break
        }
        'flux-rs;resume;image;help;help' {
            break
        }
        'flux-rs;resume;source' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;resume;source;git' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;source;oci' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;source;bucket' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;source;helm' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;source;chart' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the objects to be reconciled [default: true with exactly one name, else false]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Resume all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;resume;source;help' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;resume;source;help;git' {
            break
        }
        'flux-rs;resume;source;help;oci' {
            break
        }
        'flux-rs;resume;source;help;bucket' {
            break
        }
        'flux-rs;resume;source;help;helm' {
            break
        }
        'flux-rs;resume;source;help;chart' {
            break
        }
        'flux-rs;resume;source;help;help' {
            break
        }
        'flux-rs;resume;help' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;resume;help;kustomization' {
            break
        }
        'flux-rs;resume;help;helmrelease' {
            break
        }
        'flux-rs;resume;help;alert' {
            break
        }
        'flux-rs;resume;help;alert-provider' {
            break
        }
        'flux-rs;resume;help;receiver' {
            break
        }
        'flux-rs;resume;help;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            break
        }
        'flux-rs;resume;help;image;repository' {
            break
        }
        'flux-rs;resume;help;image;policy' {
            break
        }
        'flux-rs;resume;help;image;update' {
            break
        }
        'flux-rs;resume;help;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            break
        }
        'flux-rs;resume;help;source;git' {
            break
        }
        'flux-rs;resume;help;source;oci' {
            break
        }
        'flux-rs;resume;help;source;bucket' {
            break
        }
        'flux-rs;resume;help;source;helm' {
            break
        }
        'flux-rs;resume;help;source;chart' {
            break
        }
        'flux-rs;resume;help;help' {
            break
        }
        'flux-rs;run' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --embedded: address to serve HTTPS on. Binding a non-loopback address exposes the cluster to the network')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'With --embedded: where state, credentials and the kubeconfig live (default: $XDG_DATA_HOME/flux-rs/embedded)')
            [CompletionResult]::new('--kubeconfig-out', '--kubeconfig-out', [CompletionResultType]::ParameterName, 'With --embedded: where to write the kubeconfig (default: <data-dir>/kubeconfig)')
            [CompletionResult]::new('--event-ttl', '--event-ttl', [CompletionResultType]::ParameterName, 'With --embedded: how long Events are kept after they last happened, like kube-apiserver''s flag (e.g. 1h, 30m, 90s)')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'With --embedded: a local GitOps loop for the manifests in DIR (a kustomization.yaml or plain YAML). DIR is committed to a Git repository under the data dir, again whenever its content changes (it is looked at every 2s); this process serves that repository over HTTP on 127.0.0.1 and applies a GitRepository (interval 10s, and a fetch at once after each commit) and a Kustomization (path ./, prune, wait, interval 1m, timeout 1m) named after DIR in flux-system, then shows them as they become Ready and the `flux-rs get all` table. Needs the git command: its http-backend serves the repository')
            [CompletionResult]::new('--sync-name', '--sync-name', [CompletionResultType]::ParameterName, 'With --sync: the name of the GitRepository and the Kustomization (default: DIR''s folder name)')
            [CompletionResult]::new('--simulate-workloads', '--simulate-workloads', [CompletionResultType]::ParameterName, 'With --embedded: simulate workloads (Deployments roll out, Pods become Ready) so health checks pass')
            [CompletionResult]::new('--controllers', '--controllers', [CompletionResultType]::ParameterName, 'The controllers to run: a comma-separated list of source-controller, kustomize-controller, helm-controller, notification-controller, image-reflector-controller and image-automation-controller; or all (every controller flux-rs has), or none (with --embedded: just the API server)')
            [CompletionResult]::new('--concurrent', '--concurrent', [CompletionResultType]::ParameterName, 'The number of concurrent reconciles per controller (default: upstream''s per controller, 2 for source-controller and 4 for the others)')
            [CompletionResult]::new('--requeue-dependency', '--requeue-dependency', [CompletionResultType]::ParameterName, 'The interval at which failing dependencies are reevaluated')
            [CompletionResult]::new('--watch-all-namespaces', '--watch-all-namespaces', [CompletionResultType]::ParameterName, 'Watch for resources in all namespaces; false watches only the runtime namespace (RUNTIME_NAMESPACE, or -n)')
            [CompletionResult]::new('--watch-label-selector', '--watch-label-selector', [CompletionResultType]::ParameterName, 'Watch only Flux resources with matching labels, e.g. ''sharding.fluxcd.io/key=shard1''')
            [CompletionResult]::new('--watch-configs-label-selector', '--watch-configs-label-selector', [CompletionResultType]::ParameterName, 'Watch for ConfigMaps and Secrets with matching labels: when one changes, kustomize-controller reconciles the Kustomizations that refer to it (postBuild.substituteFrom, decryption.secretRef, kubeConfig.secretRef) without waiting for their interval. The empty selector matches every ConfigMap and Secret')
            [CompletionResult]::new('--leader-election-lease-duration', '--leader-election-lease-duration', [CompletionResultType]::ParameterName, 'How long a standby waits for an unrenewed lease before taking it')
            [CompletionResult]::new('--leader-election-renew-deadline', '--leader-election-renew-deadline', [CompletionResultType]::ParameterName, 'How long the leader retries renewing its lease before giving up leadership')
            [CompletionResult]::new('--leader-election-retry-period', '--leader-election-retry-period', [CompletionResultType]::ParameterName, 'How long candidates wait between tries')
            [CompletionResult]::new('--leader-election-release-on-cancel', '--leader-election-release-on-cancel', [CompletionResultType]::ParameterName, 'Give the lease up on shutdown so a standby takes over at once')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'The address the metric endpoint binds to; 0 disables it [default: :8080, with --embedded 127.0.0.1:0 (any free port)]')
            [CompletionResult]::new('--health-addr', '--health-addr', [CompletionResultType]::ParameterName, 'The address the health endpoint binds to [default: :9440, with --embedded 127.0.0.1:0]')
            [CompletionResult]::new('--log-encoding', '--log-encoding', [CompletionResultType]::ParameterName, 'Log encoding format: json or console')
            [CompletionResult]::new('--storage-path', '--storage-path', [CompletionResultType]::ParameterName, 'The directory artifacts are stored in [default: /data, with --embedded <data-dir>/artifacts]')
            [CompletionResult]::new('--storage-addr', '--storage-addr', [CompletionResultType]::ParameterName, 'The address the artifact server binds to [default: :9090, with --embedded 127.0.0.1:0]')
            [CompletionResult]::new('--storage-adv-addr', '--storage-adv-addr', [CompletionResultType]::ParameterName, 'The address advertised in artifact URLs (default: the storage address, with the host name for an unspecified host)')
            [CompletionResult]::new('--artifact-retention-ttl', '--artifact-retention-ttl', [CompletionResultType]::ParameterName, 'The duration after which stale artifacts are garbage collected')
            [CompletionResult]::new('--artifact-retention-records', '--artifact-retention-records', [CompletionResultType]::ParameterName, 'The maximum number of artifacts to be kept in storage after a garbage collection')
            [CompletionResult]::new('--artifact-digest-algo', '--artifact-digest-algo', [CompletionResultType]::ParameterName, 'The hashing algorithm used to calculate the digest of artifacts: sha256, sha384 or sha512')
            [CompletionResult]::new('--events-addr', '--events-addr', [CompletionResultType]::ParameterName, 'The address the notification controller''s event receiver binds to [default: :9690 (upstream''s notification-controller uses :9090, which the artifact server has in this one process), with --embedded 127.0.0.1:0]. Events of the controllers in this process reach it directly')
            [CompletionResult]::new('--receiver-addr', '--receiver-addr', [CompletionResultType]::ParameterName, 'The address the notification controller''s webhook receiver binds to [default: :9292, with --embedded 127.0.0.1:0]')
            [CompletionResult]::new('--interval-jitter-percentage', '--interval-jitter-percentage', [CompletionResultType]::ParameterName, 'Jitter applied to reconcile intervals, in percent: 10 reconciles every interval ±10 %')
            [CompletionResult]::new('--min-retry-delay', '--min-retry-delay', [CompletionResultType]::ParameterName, 'The minimum time an object waits before a retry after a failed reconciliation')
            [CompletionResult]::new('--max-retry-delay', '--max-retry-delay', [CompletionResultType]::ParameterName, 'The maximum time an object waits before a retry after failed reconciliations')
            [CompletionResult]::new('--default-service-account', '--default-service-account', [CompletionResultType]::ParameterName, 'The service account impersonated by Kustomizations that name none in spec.serviceAccountName')
            [CompletionResult]::new('--sops-age-secret', '--sops-age-secret', [CompletionResultType]::ParameterName, 'The name of a Secret in the runtime namespace (RUNTIME_NAMESPACE, else -n, else flux-system) whose age keys (entries named *.agekey) decrypt SOPS files for Kustomizations with decryption.provider sops and no decryption.secretRef')
            [CompletionResult]::new('--feature-gates', '--feature-gates', [CompletionResultType]::ParameterName, 'Feature gates of kustomize-controller, as comma-separated Name=bool pairs (may be repeated; a later setting wins): CancelHealthCheckOnNewRevision, DisableFailFastBehavior, StrictPostBuildSubstitutions (default true) and DisableConfigWatchers work both ways; upstream''s other gates are accepted at their defaults (the cache-tuning gates CacheSecretsAndConfigMaps, DirectSourceFetch and DisableStatusPollerCache at any value). E.g. --feature-gates=CancelHealthCheckOnNewRevision=true')
            [CompletionResult]::new('--http-retry', '--http-retry', [CompletionResultType]::ParameterName, 'How many times an artifact download is retried')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--embedded', '--embedded', [CompletionResultType]::ParameterName, 'Start the embedded Kubernetes API server in this process, install Flux into it and run the controllers against it')
            [CompletionResult]::new('--ephemeral', '--ephemeral', [CompletionResultType]::ParameterName, 'With --embedded: keep objects in memory only; credentials and the kubeconfig are still written to the data dir')
            [CompletionResult]::new('--enable-leader-election', '--enable-leader-election', [CompletionResultType]::ParameterName, 'Enable leader election: of several replicas, only the holder of each controller''s Lease (<controller>-leader-election in the runtime namespace) reconciles')
            [CompletionResult]::new('--no-cross-namespace-refs', '--no-cross-namespace-refs', [CompletionResultType]::ParameterName, 'Refuse references to sources (and other objects) in other namespaces')
            [CompletionResult]::new('--no-remote-bases', '--no-remote-bases', [CompletionResultType]::ParameterName, 'Refuse remote bases (Git repositories and URLs) in kustomizations: only what the source artifact holds is built')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;stats' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Count the objects of every namespace')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Count the objects of every namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('hr', 'hr', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;suspend;kustomization' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;ks' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;helmrelease' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;hr' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;alert' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;alert-provider' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;receiver' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;image' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;suspend;image;repository' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;image;policy' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;image;update' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;image;help' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;suspend;image;help;repository' {
            break
        }
        'flux-rs;suspend;image;help;policy' {
            break
        }
        'flux-rs;suspend;image;help;update' {
            break
        }
        'flux-rs;suspend;image;help;help' {
            break
        }
        'flux-rs;suspend;source' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;suspend;source;git' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;source;oci' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;source;bucket' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;source;helm' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;source;chart' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the objects are suspended, recorded in the suspend.toolkit.fluxcd.io/reason annotation')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Suspend all objects of the kind in the namespace')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;suspend;source;help' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;suspend;source;help;git' {
            break
        }
        'flux-rs;suspend;source;help;oci' {
            break
        }
        'flux-rs;suspend;source;help;bucket' {
            break
        }
        'flux-rs;suspend;source;help;helm' {
            break
        }
        'flux-rs;suspend;source;help;chart' {
            break
        }
        'flux-rs;suspend;source;help;help' {
            break
        }
        'flux-rs;suspend;help' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;suspend;help;kustomization' {
            break
        }
        'flux-rs;suspend;help;helmrelease' {
            break
        }
        'flux-rs;suspend;help;alert' {
            break
        }
        'flux-rs;suspend;help;alert-provider' {
            break
        }
        'flux-rs;suspend;help;receiver' {
            break
        }
        'flux-rs;suspend;help;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            break
        }
        'flux-rs;suspend;help;image;repository' {
            break
        }
        'flux-rs;suspend;help;image;policy' {
            break
        }
        'flux-rs;suspend;help;image;update' {
            break
        }
        'flux-rs;suspend;help;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            break
        }
        'flux-rs;suspend;help;source;git' {
            break
        }
        'flux-rs;suspend;help;source;oci' {
            break
        }
        'flux-rs;suspend;help;source;bucket' {
            break
        }
        'flux-rs;suspend;help;source;helm' {
            break
        }
        'flux-rs;suspend;help;source;chart' {
            break
        }
        'flux-rs;suspend;help;help' {
            break
        }
        'flux-rs;trace' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The object''s kind, as the API spells it or in lower case (Deployment, deployment); needs --api-version')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'The object''s API group and version (apps/v1, or v1 for the core group); needs --kind')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;tree' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Show the objects a Kustomization applied.')
            [CompletionResult]::new('ks', 'ks', [CompletionResultType]::ParameterValue, 'Show the objects a Kustomization applied.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;tree;kustomization' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Print the tree as json or yaml instead of text (other values print the text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Print the tree as json or yaml instead of text (other values print the text)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Only show objects of Flux''s API groups (*.toolkit.fluxcd.io)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;tree;ks' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Print the tree as json or yaml instead of text (other values print the text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Print the tree as json or yaml instead of text (other values print the text)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Only show objects of Flux''s API groups (*.toolkit.fluxcd.io)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;tree;help' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Show the objects a Kustomization applied.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;tree;help;kustomization' {
            break
        }
        'flux-rs;tree;help;help' {
            break
        }
        'flux-rs;uninstall' {
            [CompletionResult]::new('--keep-namespace', '--keep-namespace', [CompletionResultType]::ParameterName, 'Skip namespace deletion')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only print the objects that would be deleted')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Delete components without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'Delete components without asking for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;version' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The format in which the information should be printed. Can be ''json'' or ''yaml''')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The format in which the information should be printed. Can be ''json'' or ''yaml''')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The name of the kubeconfig cluster to use (default: the context''s)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The name of the kubeconfig user to use (default: the context''s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address and port of the Kubernetes API server (overrides the kubeconfig''s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream''s do')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token for authentication to the API server (overrides the kubeconfig user''s)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server')
            [CompletionResult]::new('--kube-api-qps', '--kube-api-qps', [CompletionResultType]::ParameterName, 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)')
            [CompletionResult]::new('--kube-api-burst', '--kube-api-burst', [CompletionResultType]::ParameterName, 'The maximum burst queries-per-second of requests sent to the Kubernetes API')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Print only the client version (needs no cluster)')
            [CompletionResult]::new('--ns-follows-kube-context', '--ns-follows-kube-context', [CompletionResultType]::ParameterName, 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print generated objects')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'If true, the Kubernetes API server''s certificate will not be checked for validity. This will make your HTTPS connections insecure')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flux-rs;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build a flux resource')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check requirements and installation.')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a completion script for your shell.')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create or update sources and resources.')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sources and resources.')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diff a flux resource')
            [CompletionResult]::new('envsubst', 'envsubst', [CompletionResultType]::ParameterValue, 'Substitute the values of environment variables in standard input.')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show the Kubernetes events of Flux objects.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export resources in YAML format.')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the resources and their status.')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install or upgrade Flux.')
            [CompletionResult]::new('kustomize', 'kustomize', [CompletionResultType]::ParameterValue, 'Build kustomization targets with flux-rs''s kustomize engine')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Reconcile sources and resources: ask their controller to reconcile now and wait for it.')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume suspended resources.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the Flux controllers: all of them in one process, with the flags of upstream''s controllers.')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Count the Flux objects of each kind and the storage their artifacts use.')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend the reconciliation of resources.')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Show which Flux objects deliver a Kubernetes object.')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Show the objects a Flux object applied, as a tree.')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Uninstall Flux and its custom resource definitions.')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the client and server-side components version information.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;help;build' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Build Kustomization.')
            break
        }
        'flux-rs;help;build;kustomization' {
            break
        }
        'flux-rs;help;check' {
            break
        }
        'flux-rs;help;completion' {
            break
        }
        'flux-rs;help;create' {
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Create or update a Alert resource.')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Create or update a Provider resource.')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or update Kubernetes secrets')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Create or update sources')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Create or update a HelmRelease resource.')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Create or update resources dealing with image automation.')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Create or update a Kustomization resource.')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Create or update a Receiver resource.')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create or update a tenant.')
            break
        }
        'flux-rs;help;create;alert' {
            break
        }
        'flux-rs;help;create;alert-provider' {
            break
        }
        'flux-rs;help;create;secret' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Git authentication.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for Helm repository authentication.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes image pull secret.')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for proxy authentication.')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret for a Receiver webhook.')
            [CompletionResult]::new('tls', 'tls', [CompletionResultType]::ParameterValue, 'Create or update a Kubernetes secret with TLS certificates.')
            break
        }
        'flux-rs;help;create;secret;git' {
            break
        }
        'flux-rs;help;create;secret;helm' {
            break
        }
        'flux-rs;help;create;secret;oci' {
            break
        }
        'flux-rs;help;create;secret;proxy' {
            break
        }
        'flux-rs;help;create;secret;receiver' {
            break
        }
        'flux-rs;help;create;secret;tls' {
            break
        }
        'flux-rs;help;create;source' {
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Create or update a Bucket source.')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Create or update a HelmChart source.')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Create or update a GitRepository source.')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Create or update a HelmRepository source.')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Create or update an OCIRepository.')
            break
        }
        'flux-rs;help;create;source;bucket' {
            break
        }
        'flux-rs;help;create;source;chart' {
            break
        }
        'flux-rs;help;create;source;git' {
            break
        }
        'flux-rs;help;create;source;helm' {
            break
        }
        'flux-rs;help;create;source;oci' {
            break
        }
        'flux-rs;help;create;helmrelease' {
            break
        }
        'flux-rs;help;create;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Create or update an ImageRepository object.')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Create or update an ImagePolicy object.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Create or update an ImageUpdateAutomation object.')
            break
        }
        'flux-rs;help;create;image;repository' {
            break
        }
        'flux-rs;help;create;image;policy' {
            break
        }
        'flux-rs;help;create;image;update' {
            break
        }
        'flux-rs;help;create;kustomization' {
            break
        }
        'flux-rs;help;create;receiver' {
            break
        }
        'flux-rs;help;create;tenant' {
            break
        }
        'flux-rs;help;delete' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            break
        }
        'flux-rs;help;delete;kustomization' {
            break
        }
        'flux-rs;help;delete;helmrelease' {
            break
        }
        'flux-rs;help;delete;alert' {
            break
        }
        'flux-rs;help;delete;alert-provider' {
            break
        }
        'flux-rs;help;delete;receiver' {
            break
        }
        'flux-rs;help;delete;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            break
        }
        'flux-rs;help;delete;image;repository' {
            break
        }
        'flux-rs;help;delete;image;policy' {
            break
        }
        'flux-rs;help;delete;image;update' {
            break
        }
        'flux-rs;help;delete;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            break
        }
        'flux-rs;help;delete;source;git' {
            break
        }
        'flux-rs;help;delete;source;oci' {
            break
        }
        'flux-rs;help;delete;source;bucket' {
            break
        }
        'flux-rs;help;delete;source;helm' {
            break
        }
        'flux-rs;help;delete;source;chart' {
            break
        }
        'flux-rs;help;diff' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Diff Kustomization.')
            break
        }
        'flux-rs;help;diff;kustomization' {
            break
        }
        'flux-rs;help;envsubst' {
            break
        }
        'flux-rs;help;events' {
            break
        }
        'flux-rs;help;export' {
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Export sources')
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Export Kustomization resources in YAML format')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Export HelmRelease resources in YAML format')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Export Alert resources in YAML format')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Export Provider resources in YAML format')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Export Receiver resources in YAML format')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Export image automation objects')
            break
        }
        'flux-rs;help;export;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Export GitRepository sources in YAML format')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Export OCIRepository sources in YAML format')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Export HelmRepository sources in YAML format')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Export HelmChart sources in YAML format')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Export Bucket sources in YAML format')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Export ExternalArtifact sources in YAML format')
            break
        }
        'flux-rs;help;export;source;git' {
            break
        }
        'flux-rs;help;export;source;oci' {
            break
        }
        'flux-rs;help;export;source;helm' {
            break
        }
        'flux-rs;help;export;source;chart' {
            break
        }
        'flux-rs;help;export;source;bucket' {
            break
        }
        'flux-rs;help;export;source;external' {
            break
        }
        'flux-rs;help;export;kustomization' {
            break
        }
        'flux-rs;help;export;helmrelease' {
            break
        }
        'flux-rs;help;export;alert' {
            break
        }
        'flux-rs;help;export;alert-provider' {
            break
        }
        'flux-rs;help;export;receiver' {
            break
        }
        'flux-rs;help;export;image' {
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Export ImagePolicy resources in YAML format')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Export ImageRepository resources in YAML format')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Export ImageUpdateAutomation resources in YAML format')
            break
        }
        'flux-rs;help;export;image;policy' {
            break
        }
        'flux-rs;help;export;image;repository' {
            break
        }
        'flux-rs;help;export;image;update' {
            break
        }
        'flux-rs;help;get' {
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'Get source statuses')
            [CompletionResult]::new('kustomizations', 'kustomizations', [CompletionResultType]::ParameterValue, 'Get Kustomization statuses')
            [CompletionResult]::new('helmreleases', 'helmreleases', [CompletionResultType]::ParameterValue, 'Get HelmRelease statuses')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Get Alert statuses')
            [CompletionResult]::new('alert-providers', 'alert-providers', [CompletionResultType]::ParameterValue, 'Get Provider statuses')
            [CompletionResult]::new('receivers', 'receivers', [CompletionResultType]::ParameterValue, 'Get Receiver statuses')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Get image automation object statuses')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all resources and statuses: sources, images, HelmReleases, Kustomizations, Receivers, Providers and Alerts, one table per kind')
            break
        }
        'flux-rs;help;get;sources' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all source statuses')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Get GitRepository source statuses')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Get OCIRepository statuses')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Get HelmRepository source statuses')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Get HelmChart statuses')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Get Bucket source statuses')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'Get ExternalArtifact source statuses')
            break
        }
        'flux-rs;help;get;sources;all' {
            break
        }
        'flux-rs;help;get;sources;git' {
            break
        }
        'flux-rs;help;get;sources;oci' {
            break
        }
        'flux-rs;help;get;sources;helm' {
            break
        }
        'flux-rs;help;get;sources;chart' {
            break
        }
        'flux-rs;help;get;sources;bucket' {
            break
        }
        'flux-rs;help;get;sources;external' {
            break
        }
        'flux-rs;help;get;kustomizations' {
            break
        }
        'flux-rs;help;get;helmreleases' {
            break
        }
        'flux-rs;help;get;alerts' {
            break
        }
        'flux-rs;help;get;alert-providers' {
            break
        }
        'flux-rs;help;get;receivers' {
            break
        }
        'flux-rs;help;get;images' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Get all image statuses')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Get ImageRepository statuses')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Get ImagePolicy statuses')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Get ImageUpdateAutomation statuses')
            break
        }
        'flux-rs;help;get;images;all' {
            break
        }
        'flux-rs;help;get;images;repository' {
            break
        }
        'flux-rs;help;get;images;policy' {
            break
        }
        'flux-rs;help;get;images;update' {
            break
        }
        'flux-rs;help;get;all' {
            break
        }
        'flux-rs;help;install' {
            break
        }
        'flux-rs;help;kustomize' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Print the resources a kustomization directory builds to, as `kustomize build` does.')
            break
        }
        'flux-rs;help;kustomize;build' {
            break
        }
        'flux-rs;help;reconcile' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Reconcile a Kustomization')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRelease')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Reconcile a Receiver')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Reconcile image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Reconcile sources')
            break
        }
        'flux-rs;help;reconcile;kustomization' {
            break
        }
        'flux-rs;help;reconcile;helmrelease' {
            break
        }
        'flux-rs;help;reconcile;receiver' {
            break
        }
        'flux-rs;help;reconcile;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Reconcile an ImageRepository (scan the registry now)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Reconcile an ImagePolicy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Reconcile an ImageUpdateAutomation')
            break
        }
        'flux-rs;help;reconcile;image;repository' {
            break
        }
        'flux-rs;help;reconcile;image;policy' {
            break
        }
        'flux-rs;help;reconcile;image;update' {
            break
        }
        'flux-rs;help;reconcile;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Reconcile a GitRepository')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'Reconcile an OCIRepository')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Reconcile a Bucket')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'Reconcile a HelmRepository')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Reconcile a HelmChart')
            break
        }
        'flux-rs;help;reconcile;source;git' {
            break
        }
        'flux-rs;help;reconcile;source;oci' {
            break
        }
        'flux-rs;help;reconcile;source;bucket' {
            break
        }
        'flux-rs;help;reconcile;source;helm' {
            break
        }
        'flux-rs;help;reconcile;source;chart' {
            break
        }
        'flux-rs;help;resume' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            break
        }
        'flux-rs;help;resume;kustomization' {
            break
        }
        'flux-rs;help;resume;helmrelease' {
            break
        }
        'flux-rs;help;resume;alert' {
            break
        }
        'flux-rs;help;resume;alert-provider' {
            break
        }
        'flux-rs;help;resume;receiver' {
            break
        }
        'flux-rs;help;resume;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            break
        }
        'flux-rs;help;resume;image;repository' {
            break
        }
        'flux-rs;help;resume;image;policy' {
            break
        }
        'flux-rs;help;resume;image;update' {
            break
        }
        'flux-rs;help;resume;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            break
        }
        'flux-rs;help;resume;source;git' {
            break
        }
        'flux-rs;help;resume;source;oci' {
            break
        }
        'flux-rs;help;resume;source;bucket' {
            break
        }
        'flux-rs;help;resume;source;helm' {
            break
        }
        'flux-rs;help;resume;source;chart' {
            break
        }
        'flux-rs;help;run' {
            break
        }
        'flux-rs;help;stats' {
            break
        }
        'flux-rs;help;suspend' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Kustomization objects')
            [CompletionResult]::new('helmrelease', 'helmrelease', [CompletionResultType]::ParameterValue, 'HelmRelease objects')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alert objects')
            [CompletionResult]::new('alert-provider', 'alert-provider', [CompletionResultType]::ParameterValue, 'Provider objects (alert providers)')
            [CompletionResult]::new('receiver', 'receiver', [CompletionResultType]::ParameterValue, 'Receiver objects')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image automation objects')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Source objects')
            break
        }
        'flux-rs;help;suspend;kustomization' {
            break
        }
        'flux-rs;help;suspend;helmrelease' {
            break
        }
        'flux-rs;help;suspend;alert' {
            break
        }
        'flux-rs;help;suspend;alert-provider' {
            break
        }
        'flux-rs;help;suspend;receiver' {
            break
        }
        'flux-rs;help;suspend;image' {
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'ImageRepository objects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'ImagePolicy objects')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'ImageUpdateAutomation objects')
            break
        }
        'flux-rs;help;suspend;image;repository' {
            break
        }
        'flux-rs;help;suspend;image;policy' {
            break
        }
        'flux-rs;help;suspend;image;update' {
            break
        }
        'flux-rs;help;suspend;source' {
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'GitRepository sources')
            [CompletionResult]::new('oci', 'oci', [CompletionResultType]::ParameterValue, 'OCIRepository sources')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket sources')
            [CompletionResult]::new('helm', 'helm', [CompletionResultType]::ParameterValue, 'HelmRepository sources')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'HelmChart sources')
            break
        }
        'flux-rs;help;suspend;source;git' {
            break
        }
        'flux-rs;help;suspend;source;oci' {
            break
        }
        'flux-rs;help;suspend;source;bucket' {
            break
        }
        'flux-rs;help;suspend;source;helm' {
            break
        }
        'flux-rs;help;suspend;source;chart' {
            break
        }
        'flux-rs;help;trace' {
            break
        }
        'flux-rs;help;tree' {
            [CompletionResult]::new('kustomization', 'kustomization', [CompletionResultType]::ParameterValue, 'Show the objects a Kustomization applied.')
            break
        }
        'flux-rs;help;tree;kustomization' {
            break
        }
        'flux-rs;help;uninstall' {
            break
        }
        'flux-rs;help;version' {
            break
        }
        'flux-rs;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
