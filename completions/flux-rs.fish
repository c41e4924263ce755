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
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst run version help" -f -a "check" -d 'Check requirements and installation.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst run version help" -f -a "completion" -d 'Print a completion script for your shell.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst run version help" -f -a "envsubst" -d 'Substitute the values of environment variables in standard input.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst run version help" -f -a "run" -d 'Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33). The Flux controllers join it in a later release.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst run version help" -f -a "version" -d 'Print the client and server-side components version information.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from check completion envsubst run version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
