# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flux_rs_global_optspecs
    string join \n log-level= h/help V/version
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

complete -c flux-rs -n "__fish_flux_rs_needs_command" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_needs_command" -s h -l help -d 'Print help'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "run" -d 'Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33). The Flux controllers join it in a later release.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "completion" -d 'Print a completion script for your shell.'
complete -c flux-rs -n "__fish_flux_rs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l listen -d 'Address to serve HTTPS on. Binding a non-loopback address exposes the cluster to the network' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l data-dir -d 'Where state, credentials and the kubeconfig live (default: $XDG_DATA_HOME/flux-rs/embedded)' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l kubeconfig-out -d 'Where to write the kubeconfig (default: <data-dir>/kubeconfig)' -r -F
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l event-ttl -d 'How long Events are kept after they last happened, like kube-apiserver\'s flag (e.g. 1h, 30m, 90s)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l simulate-workloads -d 'Simulate workloads (Deployments roll out, Pods become Ready) so health checks pass' -r -f -a "true\t''
false\t''"
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l embedded -d 'Start the embedded Kubernetes API server in this process (required for now: the controllers that would run against another cluster are not part of this release)'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -l ephemeral -d 'Keep objects in memory only; credentials and the kubeconfig are still written to the data dir'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand run" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -l log-level -d 'Log filter, e.g. `info` or `apiserver=debug` (default: `warn`, or `RUST_LOG`)' -r
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand completion" -s V -l version -d 'Print version'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from run completion help" -f -a "run" -d 'Run flux-rs. Today this starts the embedded Kubernetes API server (v1.33). The Flux controllers join it in a later release.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from run completion help" -f -a "completion" -d 'Print a completion script for your shell.'
complete -c flux-rs -n "__fish_flux_rs_using_subcommand help; and not __fish_seen_subcommand_from run completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
