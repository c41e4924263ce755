//! Alert, Provider and Receiver.

use serde_json::Value;

use crate::cli::kinds;

use super::kind::{status_and_message, str_at, suspended, Kind, Selector};

/// Alerts have no conditions since v1beta3: upstream always shows them ready.
fn alert_row(v: &Value) -> Vec<String> {
    vec![suspended(v), "True".to_string(), "Alert is Ready".to_string()]
}

fn alert_provider(v: &Value) -> String {
    str_at(v, &["spec", "providerRef", "name"]).to_string()
}

pub static ALERT: Kind = Kind {
    kind: "Alert",
    human: "alert",
    resource: kinds::erase::<api::notification::Alert>,
    success: kinds::alert_completed,
    columns: &["Suspended", "Ready", "Message"],
    row: alert_row,
    source: None,
    selector: Selector::SyntheticReady,
    wide: Some(("Provider", alert_provider)),
    secret: None,
};

fn provider_row(_: &Value) -> Vec<String> {
    vec!["True".to_string(), "Provider is Ready".to_string()]
}

fn provider_type(v: &Value) -> String {
    str_at(v, &["spec", "type"]).to_string()
}

pub static PROVIDER: Kind = Kind {
    kind: "Provider",
    human: "alert provider",
    resource: kinds::erase::<api::notification::Provider>,
    success: kinds::provider_completed,
    columns: &["Ready", "Message"],
    row: provider_row,
    source: None,
    selector: Selector::SyntheticReady,
    wide: Some(("Type", provider_type)),
    secret: None,
};

fn receiver_row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    vec![suspended(v), status, msg]
}

fn receiver_type(v: &Value) -> String {
    str_at(v, &["spec", "type"]).to_string()
}

pub static RECEIVER: Kind = Kind {
    kind: "Receiver",
    human: "receiver",
    resource: kinds::erase::<api::notification::Receiver>,
    success: kinds::receiver_completed,
    columns: &["Suspended", "Ready", "Message"],
    row: receiver_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("Type", receiver_type)),
    secret: None,
};
