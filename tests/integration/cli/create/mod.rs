//! `flux-rs create …`: every subcommand's `--export` output against upstream's goldens, and the apply
//! path against the embedded server with a test task playing the controller.

mod alert;
mod alert_provider;
mod helmrelease;
mod image;
mod kustomization;
mod receiver;
mod secret;
mod source;
mod tenant;
