
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
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check requirements and installation.')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a completion script for your shell.')
            [CompletionResult]::new('envsubst', 'envsubst', [CompletionResultType]::ParameterValue, 'Substitute the values of environment variables in standard input.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export resources in YAML format.')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the resources and their status.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33). The Flux controllers join it in a later release.')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the client and server-side components version information.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
        'flux-rs;run' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve HTTPS on. Binding a non-loopback address exposes the cluster to the network')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where state, credentials and the kubeconfig live (default: $XDG_DATA_HOME/flux-rs/embedded)')
            [CompletionResult]::new('--kubeconfig-out', '--kubeconfig-out', [CompletionResultType]::ParameterName, 'Where to write the kubeconfig (default: <data-dir>/kubeconfig)')
            [CompletionResult]::new('--event-ttl', '--event-ttl', [CompletionResultType]::ParameterName, 'How long Events are kept after they last happened, like kube-apiserver''s flag (e.g. 1h, 30m, 90s)')
            [CompletionResult]::new('--simulate-workloads', '--simulate-workloads', [CompletionResultType]::ParameterName, 'Simulate workloads (Deployments roll out, Pods become Ready) so health checks pass')
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
            [CompletionResult]::new('--embedded', '--embedded', [CompletionResultType]::ParameterName, 'Start the embedded Kubernetes API server in this process (required for now: the controllers that would run against another cluster are not part of this release)')
            [CompletionResult]::new('--ephemeral', '--ephemeral', [CompletionResultType]::ParameterName, 'Keep objects in memory only; credentials and the kubeconfig are still written to the data dir')
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
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check requirements and installation.')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a completion script for your shell.')
            [CompletionResult]::new('envsubst', 'envsubst', [CompletionResultType]::ParameterValue, 'Substitute the values of environment variables in standard input.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export resources in YAML format.')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the resources and their status.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33). The Flux controllers join it in a later release.')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the client and server-side components version information.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flux-rs;help;check' {
            break
        }
        'flux-rs;help;completion' {
            break
        }
        'flux-rs;help;envsubst' {
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
        'flux-rs;help;run' {
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
