//! `batch/v1` field tables.
//!
//! Numbers and names from k8s.io/api `batch/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, core_v1_pod, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Int, Msg, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const JOB: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(JOB_SPEC), Plain),
    f(3, "status", Msg(JOB_STATUS), Plain),
];

pub(super) const JOB_SPEC: &[Field] = &[
    f(1, "parallelism", Int, Ptr),
    f(2, "completions", Int, Ptr),
    f(3, "activeDeadlineSeconds", Int, Ptr),
    f(11, "podFailurePolicy", Msg(POD_FAILURE_POLICY), Ptr),
    f(16, "successPolicy", Msg(SUCCESS_POLICY), Ptr),
    f(7, "backoffLimit", Int, Ptr),
    f(12, "backoffLimitPerIndex", Int, Ptr),
    f(13, "maxFailedIndexes", Int, Ptr),
    f(4, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(5, "manualSelector", Bool, Ptr),
    f(6, "template", Msg(core_v1_pod::POD_TEMPLATE_SPEC), Plain),
    f(8, "ttlSecondsAfterFinished", Int, Ptr),
    f(9, "completionMode", Str, Ptr),
    f(10, "suspend", Bool, Ptr),
    f(14, "podReplacementPolicy", Str, Ptr),
    f(15, "managedBy", Str, Ptr),
];

pub(super) const POD_FAILURE_POLICY: &[Field] = &[f(1, "rules", Msg(POD_FAILURE_POLICY_RULE), Repeated)];

pub(super) const POD_FAILURE_POLICY_RULE: &[Field] = &[
    f(1, "action", Str, Always),
    f(2, "onExitCodes", Msg(POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT), Ptr),
    f(3, "onPodConditions", Msg(POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN), Repeated),
];

pub(super) const POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT: &[Field] =
    &[f(1, "containerName", Str, Ptr), f(2, "operator", Str, Always), f(3, "values", Int, Repeated)];

pub(super) const POD_FAILURE_POLICY_ON_POD_CONDITIONS_PATTERN: &[Field] =
    &[f(1, "type", Str, Always), f(2, "status", Str, Always)];

pub(super) const SUCCESS_POLICY: &[Field] = &[f(1, "rules", Msg(SUCCESS_POLICY_RULE), Repeated)];

pub(super) const SUCCESS_POLICY_RULE: &[Field] =
    &[f(1, "succeededIndexes", Str, Ptr), f(2, "succeededCount", Int, Ptr)];

pub(super) const JOB_STATUS: &[Field] = &[
    f(1, "conditions", Msg(JOB_CONDITION), Repeated),
    f(2, "startTime", Time, Ptr),
    f(3, "completionTime", Time, Ptr),
    f(4, "active", Int, Plain),
    f(5, "succeeded", Int, Plain),
    f(6, "failed", Int, Plain),
    f(11, "terminating", Int, Ptr),
    f(7, "completedIndexes", Str, Plain),
    f(10, "failedIndexes", Str, Ptr),
    f(8, "uncountedTerminatedPods", Msg(UNCOUNTED_TERMINATED_PODS), Ptr),
    f(9, "ready", Int, Ptr),
];

pub(super) const JOB_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastProbeTime", Time, Plain),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Plain),
    f(6, "message", Str, Plain),
];

pub(super) const UNCOUNTED_TERMINATED_PODS: &[Field] =
    &[f(1, "succeeded", Str, Repeated), f(2, "failed", Str, Repeated)];

pub(super) const CRON_JOB: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(CRON_JOB_SPEC), Plain),
    f(3, "status", Msg(CRON_JOB_STATUS), Plain),
];

pub(super) const CRON_JOB_SPEC: &[Field] = &[
    f(1, "schedule", Str, Always),
    f(8, "timeZone", Str, Ptr),
    f(2, "startingDeadlineSeconds", Int, Ptr),
    f(3, "concurrencyPolicy", Str, Plain),
    f(4, "suspend", Bool, Ptr),
    f(5, "jobTemplate", Msg(JOB_TEMPLATE_SPEC), Plain),
    f(6, "successfulJobsHistoryLimit", Int, Ptr),
    f(7, "failedJobsHistoryLimit", Int, Ptr),
];

pub(super) const JOB_TEMPLATE_SPEC: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(JOB_SPEC), Plain)];

pub(super) const CRON_JOB_STATUS: &[Field] = &[
    f(1, "active", Msg(core_v1::OBJECT_REFERENCE), Repeated),
    f(4, "lastScheduleTime", Time, Ptr),
    f(5, "lastSuccessfulTime", Time, Ptr),
];
