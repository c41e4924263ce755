# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flux_rs_global_optspecs
    string join \n kubeconfig= context= cluster= user= n/namespace= ns-follows-kube-context timeout= verbose server= token= certificate-authority= insecure-skip-tls-verify kube-api-qps= kube-api-burst= log-level= h/help V/version
end

function __fish_flux_rs_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flux_rs_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flux_rs_using_subcommand
    set -l cmd (__fish_flux_rs_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flux-rs -n "__fish_flux_rs_needs_command" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "check" -d 'Check requirements and installation.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "completion" -d 'Print a completion script for your shell.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "envsubst" -d 'Substitute the values of environment variables in standard input.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "export" -d 'Export resources in YAML format.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "get" -d 'Get the resources and their status.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "run" -d 'Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33). The Flux controllers join it in a later release.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "version" -d 'Print the client and server-side components version information.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l components -d 'List of components, accepts comma-separated values. Accepted for compatibility: as upstream, the check covers every Deployment labelled app.kubernetes.io/part-of=flux' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts comma-separated values. Accepted for compatibility, like --components' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l poll-interval -d 'How often the health checker polls the cluster for the latest state of the resources (Go duration)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l pre -d 'Only run pre-installation checks'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand check" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l strict -d 'Fail if a variable without a default value is declared in the input but is missing from the environment'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand envsubst" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "source" -d 'Export sources'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "kustomization" -d 'Export Kustomization resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "ks" -d 'Export Kustomization resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "helmrelease" -d 'Export HelmRelease resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "hr" -d 'Export HelmRelease resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert" -d 'Export Alert resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert-provider" -d 'Export Provider resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "receiver" -d 'Export Receiver resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "image" -d 'Export image automation objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "git" -d 'Export GitRepository sources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Export OCIRepository sources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Export HelmRepository sources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Export HelmChart sources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Export Bucket sources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "external" -d 'Export ExternalArtifact sources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from kustomization" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from ks" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from hr" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from receiver" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l all -d 'Select all resources of the kind in the namespace'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Export ImagePolicy resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Export ImageRepository resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "update" -d 'Export ImageUpdateAutomation resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "source" -d 'Export sources'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Export Kustomization resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Export HelmRelease resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Export Alert resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "alert-provider" -d 'Export Provider resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Export Receiver resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "image" -d 'Export image automation objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "sources" -d 'Get source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "source" -d 'Get source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "ks" -d 'Get Kustomization statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "kustomization" -d 'Get Kustomization statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "hr" -d 'Get HelmRelease statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "helmrelease" -d 'Get HelmRelease statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "alert" -d 'Get Alert statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "alert-providers" -d 'Get Provider statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "alert-provider" -d 'Get Provider statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "receiver" -d 'Get Receiver statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "images" -d 'Get image automation object statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "image" -d 'Get image automation object statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "all" -d 'Get all resources and statuses: sources, images, HelmReleases, Kustomizations, Receivers, Providers and Alerts, one table per kind'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and not __fish_seen_subcommand_from sources source kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image all help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "all" -d 'Get all source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "git" -d 'Get GitRepository source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "oci" -d 'Get OCIRepository statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "helm" -d 'Get HelmRepository source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "chart" -d 'Get HelmChart statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "bucket" -d 'Get Bucket source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "external" -d 'Get ExternalArtifact source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "all" -d 'Get all source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "git" -d 'Get GitRepository source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Get OCIRepository statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Get HelmRepository source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Get HelmChart statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Get Bucket source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "external" -d 'Get ExternalArtifact source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l show-source -d 'Show the source reference (Kind/namespace/name) of each object'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l show-source -d 'Show the source reference (Kind/namespace/name) of each object'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from ks" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l show-source -d 'Show the source reference (Kind/namespace/name) of each object'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l show-source -d 'Show the source reference (Kind/namespace/name) of each object'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l show-source -d 'Show the source reference (Kind/namespace/name) of each object'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from hr" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l show-source -d 'Show the source reference (Kind/namespace/name) of each object'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alerts" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receivers" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from receiver" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "all" -d 'Get all image statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "repository" -d 'Get ImageRepository statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "policy" -d 'Get ImagePolicy statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "update" -d 'Get ImageUpdateAutomation statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "all" -d 'Get all image statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Get ImageRepository statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Get ImagePolicy statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "update" -d 'Get ImageUpdateAutomation statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false or ready!=true' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -s l -l label-selector -d 'Filter objects by label selector (e.g. app=podinfo, \'env in (dev,prod)\')' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -s o -l output -d 'Output format beyond upstream: table (default), wide (adds SOURCE where the kind has one, one kind-specific column — URL, PATH, CHART, TYPE, IMAGE… — and INTERVAL), json or yaml (a List of the objects as the API returns them)' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l no-header -d 'Skip the header when printing the results'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -s w -l watch -d 'After listing/getting the requested object, watch for changes: one row per change, until --timeout'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "sources" -d 'Get source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "alert-providers" -d 'Get Provider statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "images" -d 'Get image automation object statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "all" -d 'Get all resources and statuses: sources, images, HelmReleases, Kustomizations, Receivers, Providers and Alerts, one table per kind'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l listen -d 'Address to serve HTTPS on. Binding a non-loopback address exposes the cluster to the network' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l data-dir -d 'Where state, credentials and the kubeconfig live (default: $XDG_DATA_HOME/flux-rs/embedded)' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l kubeconfig-out -d 'Where to write the kubeconfig (default: <data-dir>/kubeconfig)' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l event-ttl -d 'How long Events are kept after they last happened, like kube-apiserver\'s flag (e.g. 1h, 30m, 90s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l simulate-workloads -d 'Simulate workloads (Deployments roll out, Pods become Ready) so health checks pass' -r -f -a "true\t''
false\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l embedded -d 'Start the embedded Kubernetes API server in this process (required for now: the controllers that would run against another cluster are not part of this release)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l ephemeral -d 'Keep objects in memory only; credentials and the kubeconfig are still written to the data dir'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -s o -l output -d 'The format in which the information should be printed. Can be \'json\' or \'yaml\'' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests. Without it, every file listed in KUBECONFIG is merged (the first file to set an entry wins), else ~/.kube/config is read' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l context -d 'The name of the kubeconfig context to use (default: its current-context)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l cluster -d 'The name of the kubeconfig cluster to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l user -d 'The name of the kubeconfig user to use (default: the context\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -s n -l namespace -d 'The namespace Flux runs in and the objects live in [default: flux-system, or FLUX_SYSTEM_NAMESPACE when that is a valid DNS label]' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l timeout -d 'How long the operation may take, as a Go duration (e.g. 30s, 5m, 1h30m)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l server -d 'The address and port of the Kubernetes API server (overrides the kubeconfig\'s). There is no `-s`: subcommands use `-s` for `--silent`, as upstream\'s do' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l token -d 'Bearer token for authentication to the API server (overrides the kubeconfig user\'s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (negative: no limit)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l client -d 'Print only the client version (needs no cluster)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l ns-follows-kube-context -d 'Use the namespace of the kubeconfig context instead of flux-system when -n is not given; also enabled by setting FLUX_NS_FOLLOWS_KUBE_CONTEXT to any non-empty value'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l verbose -d 'Print generated objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand version" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "check" -d 'Check requirements and installation.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "completion" -d 'Print a completion script for your shell.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "envsubst" -d 'Substitute the values of environment variables in standard input.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "export" -d 'Export resources in YAML format.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "get" -d 'Get the resources and their status.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "run" -d 'Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33). The Flux controllers join it in a later release.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "version" -d 'Print the client and server-side components version information.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst export get run version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "source" -d 'Export sources'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "kustomization" -d 'Export Kustomization resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "helmrelease" -d 'Export HelmRelease resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "alert" -d 'Export Alert resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "alert-provider" -d 'Export Provider resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "receiver" -d 'Export Receiver resources in YAML format'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "image" -d 'Export image automation objects'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "sources" -d 'Get source statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "alert-providers" -d 'Get Provider statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "images" -d 'Get image automation object statuses'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "all" -d 'Get all resources and statuses: sources, images, HelmReleases, Kustomizations, Receivers, Providers and Alerts, one table per kind'
