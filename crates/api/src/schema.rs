//! Schema fragments the derive cannot express with attributes: the validated `metav1.Condition` list,
//! free-form JSON, and the `metav1.LabelSelector` as upstream's CRDs spell them.

use schemars::{json_schema, Schema, SchemaGenerator};

/// `status.conditions`: a list of `metav1.Condition` with apimachinery's validations.
pub fn conditions(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "Conditions holds the conditions of the object.",
        "type": "array",
        "items": {
            "description": "Condition contains details for one aspect of the current state of this API Resource.",
            "type": "object",
            "properties": {
                "lastTransitionTime": {
                    "description": "The last time the condition transitioned from one status to another.",
                    "type": "string",
                    "format": "date-time"
                },
                "message": {
                    "description": "A human readable message indicating details about the transition.",
                    "type": "string",
                    "maxLength": 32768
                },
                "observedGeneration": {
                    "description": "The .metadata.generation that the condition was set based upon.",
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                },
                "reason": {
                    "description": "A programmatic identifier in CamelCase for the condition's last transition.",
                    "type": "string",
                    "maxLength": 1024,
                    "minLength": 1,
                    "pattern": "^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$"
                },
                "status": {
                    "description": "Status of the condition, one of True, False, Unknown.",
                    "type": "string",
                    "enum": ["True", "False", "Unknown"]
                },
                "type": {
                    "description": "Type of condition in CamelCase or in foo.example.com/CamelCase.",
                    "type": "string",
                    "maxLength": 316,
                    "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$"
                }
            },
            "required": ["lastTransitionTime", "message", "reason", "status", "type"]
        }
    })
}

/// Arbitrary JSON kept as is (`apiextensionsv1.JSON`, e.g. HelmRelease `values`).
pub fn preserve_unknown_fields(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "x-kubernetes-preserve-unknown-fields": true })
}

/// `metav1.LabelSelector` as controller-gen writes it (atomic map, atomic lists).
pub fn label_selector(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A label query over a set of resources.",
        "type": "object",
        "properties": {
            "matchExpressions": {
                "description": "A list of label selector requirements, ANDed.",
                "type": "array",
                "items": {
                    "description": "A selector that contains values, a key, and an operator that relates the key and values.",
                    "type": "object",
                    "properties": {
                        "key": { "description": "The label key that the selector applies to.", "type": "string" },
                        "operator": {
                            "description": "The key's relationship to a set of values: In, NotIn, Exists and DoesNotExist.",
                            "type": "string"
                        },
                        "values": {
                            "description": "An array of string values.",
                            "type": "array",
                            "items": { "type": "string" },
                            "x-kubernetes-list-type": "atomic"
                        }
                    },
                    "required": ["key", "operator"]
                },
                "x-kubernetes-list-type": "atomic"
            },
            "matchLabels": {
                "description": "A map of {key,value} pairs, ANDed.",
                "type": "object",
                "additionalProperties": { "type": "string" }
            }
        },
        "x-kubernetes-map-type": "atomic"
    })
}

/// Drops a type's own description, so that the field using the type keeps its description (kube's
/// `Option<enum>` rewriting would otherwise replace the field's with the type's).
pub fn field_described(schema: &mut Schema) {
    schema.remove("description");
}

/// A Go `int` field: an integer without a `format`, as controller-gen writes it.
pub fn go_int(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "integer" })
}
