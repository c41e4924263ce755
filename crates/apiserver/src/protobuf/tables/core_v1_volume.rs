//! `core/v1` field tables: volume sources, of pods and of PersistentVolumes.
//!
//! Numbers and names from k8s.io/api `core/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, core_v1_pod, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Inline, Int, Map, Msg, Quantity, Str};
use crate::protobuf::{f, Field};

pub(super) const VOLUME_SOURCE: &[Field] = &[
    f(1, "hostPath", Msg(HOST_PATH_VOLUME_SOURCE), Ptr),
    f(2, "emptyDir", Msg(EMPTY_DIR_VOLUME_SOURCE), Ptr),
    f(3, "gcePersistentDisk", Msg(GCE_PERSISTENT_DISK_VOLUME_SOURCE), Ptr),
    f(4, "awsElasticBlockStore", Msg(AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE), Ptr),
    f(5, "gitRepo", Msg(GIT_REPO_VOLUME_SOURCE), Ptr),
    f(6, "secret", Msg(SECRET_VOLUME_SOURCE), Ptr),
    f(7, "nfs", Msg(NFS_VOLUME_SOURCE), Ptr),
    f(8, "iscsi", Msg(ISCSI_VOLUME_SOURCE), Ptr),
    f(9, "glusterfs", Msg(GLUSTERFS_VOLUME_SOURCE), Ptr),
    f(10, "persistentVolumeClaim", Msg(PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE), Ptr),
    f(11, "rbd", Msg(RBD_VOLUME_SOURCE), Ptr),
    f(12, "flexVolume", Msg(FLEX_VOLUME_SOURCE), Ptr),
    f(13, "cinder", Msg(CINDER_VOLUME_SOURCE), Ptr),
    f(14, "cephfs", Msg(CEPH_FS_VOLUME_SOURCE), Ptr),
    f(15, "flocker", Msg(FLOCKER_VOLUME_SOURCE), Ptr),
    f(16, "downwardAPI", Msg(DOWNWARD_API_VOLUME_SOURCE), Ptr),
    f(17, "fc", Msg(FC_VOLUME_SOURCE), Ptr),
    f(18, "azureFile", Msg(AZURE_FILE_VOLUME_SOURCE), Ptr),
    f(19, "configMap", Msg(CONFIG_MAP_VOLUME_SOURCE), Ptr),
    f(20, "vsphereVolume", Msg(VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE), Ptr),
    f(21, "quobyte", Msg(QUOBYTE_VOLUME_SOURCE), Ptr),
    f(22, "azureDisk", Msg(AZURE_DISK_VOLUME_SOURCE), Ptr),
    f(23, "photonPersistentDisk", Msg(PHOTON_PERSISTENT_DISK_VOLUME_SOURCE), Ptr),
    f(26, "projected", Msg(PROJECTED_VOLUME_SOURCE), Ptr),
    f(24, "portworxVolume", Msg(PORTWORX_VOLUME_SOURCE), Ptr),
    f(25, "scaleIO", Msg(SCALE_IO_VOLUME_SOURCE), Ptr),
    f(27, "storageos", Msg(STORAGE_OS_VOLUME_SOURCE), Ptr),
    f(28, "csi", Msg(CSI_VOLUME_SOURCE), Ptr),
    f(29, "ephemeral", Msg(EPHEMERAL_VOLUME_SOURCE), Ptr),
    f(30, "image", Msg(IMAGE_VOLUME_SOURCE), Ptr),
];

pub(super) const HOST_PATH_VOLUME_SOURCE: &[Field] = &[f(1, "path", Str, Always), f(2, "type", Str, Ptr)];

pub(super) const EMPTY_DIR_VOLUME_SOURCE: &[Field] = &[f(1, "medium", Str, Plain), f(2, "sizeLimit", Quantity, Ptr)];

pub(super) const GCE_PERSISTENT_DISK_VOLUME_SOURCE: &[Field] = &[
    f(1, "pdName", Str, Always),
    f(2, "fsType", Str, Plain),
    f(3, "partition", Int, Plain),
    f(4, "readOnly", Bool, Plain),
];

pub(super) const AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE: &[Field] = &[
    f(1, "volumeID", Str, Always),
    f(2, "fsType", Str, Plain),
    f(3, "partition", Int, Plain),
    f(4, "readOnly", Bool, Plain),
];

pub(super) const GIT_REPO_VOLUME_SOURCE: &[Field] =
    &[f(1, "repository", Str, Always), f(2, "revision", Str, Plain), f(3, "directory", Str, Plain)];

pub(super) const SECRET_VOLUME_SOURCE: &[Field] = &[
    f(1, "secretName", Str, Plain),
    f(2, "items", Msg(KEY_TO_PATH), Repeated),
    f(3, "defaultMode", Int, Ptr),
    f(4, "optional", Bool, Ptr),
];

pub(super) const KEY_TO_PATH: &[Field] = &[f(1, "key", Str, Always), f(2, "path", Str, Always), f(3, "mode", Int, Ptr)];

pub(super) const NFS_VOLUME_SOURCE: &[Field] =
    &[f(1, "server", Str, Always), f(2, "path", Str, Always), f(3, "readOnly", Bool, Plain)];

pub(super) const ISCSI_VOLUME_SOURCE: &[Field] = &[
    f(1, "targetPortal", Str, Always),
    f(2, "iqn", Str, Always),
    f(3, "lun", Int, Always),
    f(4, "iscsiInterface", Str, Plain),
    f(5, "fsType", Str, Plain),
    f(6, "readOnly", Bool, Plain),
    f(7, "portals", Str, Repeated),
    f(8, "chapAuthDiscovery", Bool, Plain),
    f(11, "chapAuthSession", Bool, Plain),
    f(10, "secretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
    f(12, "initiatorName", Str, Ptr),
];

pub(super) const GLUSTERFS_VOLUME_SOURCE: &[Field] =
    &[f(1, "endpoints", Str, Always), f(2, "path", Str, Always), f(3, "readOnly", Bool, Plain)];

pub(super) const PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE: &[Field] =
    &[f(1, "claimName", Str, Always), f(2, "readOnly", Bool, Plain)];

pub(super) const RBD_VOLUME_SOURCE: &[Field] = &[
    f(1, "monitors", Str, Repeated),
    f(2, "image", Str, Always),
    f(3, "fsType", Str, Plain),
    f(4, "pool", Str, Plain),
    f(5, "user", Str, Plain),
    f(6, "keyring", Str, Plain),
    f(7, "secretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
    f(8, "readOnly", Bool, Plain),
];

pub(super) const FLEX_VOLUME_SOURCE: &[Field] = &[
    f(1, "driver", Str, Always),
    f(2, "fsType", Str, Plain),
    f(3, "secretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
    f(4, "readOnly", Bool, Plain),
    f(5, "options", Map(&Str), Plain),
];

pub(super) const CINDER_VOLUME_SOURCE: &[Field] = &[
    f(1, "volumeID", Str, Always),
    f(2, "fsType", Str, Plain),
    f(3, "readOnly", Bool, Plain),
    f(4, "secretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
];

pub(super) const CEPH_FS_VOLUME_SOURCE: &[Field] = &[
    f(1, "monitors", Str, Repeated),
    f(2, "path", Str, Plain),
    f(3, "user", Str, Plain),
    f(4, "secretFile", Str, Plain),
    f(5, "secretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
    f(6, "readOnly", Bool, Plain),
];

pub(super) const FLOCKER_VOLUME_SOURCE: &[Field] = &[f(1, "datasetName", Str, Plain), f(2, "datasetUUID", Str, Plain)];

pub(super) const DOWNWARD_API_VOLUME_SOURCE: &[Field] =
    &[f(1, "items", Msg(DOWNWARD_API_VOLUME_FILE), Repeated), f(2, "defaultMode", Int, Ptr)];

pub(super) const DOWNWARD_API_VOLUME_FILE: &[Field] = &[
    f(1, "path", Str, Always),
    f(2, "fieldRef", Msg(core_v1_pod::OBJECT_FIELD_SELECTOR), Ptr),
    f(3, "resourceFieldRef", Msg(core_v1_pod::RESOURCE_FIELD_SELECTOR), Ptr),
    f(4, "mode", Int, Ptr),
];

pub(super) const FC_VOLUME_SOURCE: &[Field] = &[
    f(1, "targetWWNs", Str, Repeated),
    f(2, "lun", Int, Ptr),
    f(3, "fsType", Str, Plain),
    f(4, "readOnly", Bool, Plain),
    f(5, "wwids", Str, Repeated),
];

pub(super) const AZURE_FILE_VOLUME_SOURCE: &[Field] =
    &[f(1, "secretName", Str, Always), f(2, "shareName", Str, Always), f(3, "readOnly", Bool, Plain)];

pub(super) const CONFIG_MAP_VOLUME_SOURCE: &[Field] = &[
    f(1, "", Inline(core_v1::LOCAL_OBJECT_REFERENCE), Plain),
    f(2, "items", Msg(KEY_TO_PATH), Repeated),
    f(3, "defaultMode", Int, Ptr),
    f(4, "optional", Bool, Ptr),
];

pub(super) const VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE: &[Field] = &[
    f(1, "volumePath", Str, Always),
    f(2, "fsType", Str, Plain),
    f(3, "storagePolicyName", Str, Plain),
    f(4, "storagePolicyID", Str, Plain),
];

pub(super) const QUOBYTE_VOLUME_SOURCE: &[Field] = &[
    f(1, "registry", Str, Always),
    f(2, "volume", Str, Always),
    f(3, "readOnly", Bool, Plain),
    f(4, "user", Str, Plain),
    f(5, "group", Str, Plain),
    f(6, "tenant", Str, Plain),
];

pub(super) const AZURE_DISK_VOLUME_SOURCE: &[Field] = &[
    f(1, "diskName", Str, Always),
    f(2, "diskURI", Str, Always),
    f(3, "cachingMode", Str, Ptr),
    f(4, "fsType", Str, Ptr),
    f(5, "readOnly", Bool, Ptr),
    f(6, "kind", Str, Ptr),
];

pub(super) const PHOTON_PERSISTENT_DISK_VOLUME_SOURCE: &[Field] =
    &[f(1, "pdID", Str, Always), f(2, "fsType", Str, Plain)];

pub(super) const PROJECTED_VOLUME_SOURCE: &[Field] =
    &[f(1, "sources", Msg(VOLUME_PROJECTION), Repeated), f(2, "defaultMode", Int, Ptr)];

pub(super) const VOLUME_PROJECTION: &[Field] = &[
    f(1, "secret", Msg(SECRET_PROJECTION), Ptr),
    f(2, "downwardAPI", Msg(DOWNWARD_API_PROJECTION), Ptr),
    f(3, "configMap", Msg(CONFIG_MAP_PROJECTION), Ptr),
    f(4, "serviceAccountToken", Msg(SERVICE_ACCOUNT_TOKEN_PROJECTION), Ptr),
    f(5, "clusterTrustBundle", Msg(CLUSTER_TRUST_BUNDLE_PROJECTION), Ptr),
];

pub(super) const SECRET_PROJECTION: &[Field] = &[
    f(1, "", Inline(core_v1::LOCAL_OBJECT_REFERENCE), Plain),
    f(2, "items", Msg(KEY_TO_PATH), Repeated),
    f(4, "optional", Bool, Ptr),
];

pub(super) const DOWNWARD_API_PROJECTION: &[Field] = &[f(1, "items", Msg(DOWNWARD_API_VOLUME_FILE), Repeated)];

pub(super) const CONFIG_MAP_PROJECTION: &[Field] = &[
    f(1, "", Inline(core_v1::LOCAL_OBJECT_REFERENCE), Plain),
    f(2, "items", Msg(KEY_TO_PATH), Repeated),
    f(4, "optional", Bool, Ptr),
];

pub(super) const SERVICE_ACCOUNT_TOKEN_PROJECTION: &[Field] =
    &[f(1, "audience", Str, Plain), f(2, "expirationSeconds", Int, Ptr), f(3, "path", Str, Always)];

pub(super) const CLUSTER_TRUST_BUNDLE_PROJECTION: &[Field] = &[
    f(1, "name", Str, Ptr),
    f(2, "signerName", Str, Ptr),
    f(3, "labelSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(5, "optional", Bool, Ptr),
    f(4, "path", Str, Always),
];

pub(super) const PORTWORX_VOLUME_SOURCE: &[Field] =
    &[f(1, "volumeID", Str, Always), f(2, "fsType", Str, Plain), f(3, "readOnly", Bool, Plain)];

pub(super) const SCALE_IO_VOLUME_SOURCE: &[Field] = &[
    f(1, "gateway", Str, Always),
    f(2, "system", Str, Always),
    f(3, "secretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
    f(4, "sslEnabled", Bool, Plain),
    f(5, "protectionDomain", Str, Plain),
    f(6, "storagePool", Str, Plain),
    f(7, "storageMode", Str, Plain),
    f(8, "volumeName", Str, Plain),
    f(9, "fsType", Str, Plain),
    f(10, "readOnly", Bool, Plain),
];

pub(super) const STORAGE_OS_VOLUME_SOURCE: &[Field] = &[
    f(1, "volumeName", Str, Plain),
    f(2, "volumeNamespace", Str, Plain),
    f(3, "fsType", Str, Plain),
    f(4, "readOnly", Bool, Plain),
    f(5, "secretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
];

pub(super) const CSI_VOLUME_SOURCE: &[Field] = &[
    f(1, "driver", Str, Always),
    f(2, "readOnly", Bool, Ptr),
    f(3, "fsType", Str, Ptr),
    f(4, "volumeAttributes", Map(&Str), Plain),
    f(5, "nodePublishSecretRef", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Ptr),
];

pub(super) const EPHEMERAL_VOLUME_SOURCE: &[Field] =
    &[f(1, "volumeClaimTemplate", Msg(PERSISTENT_VOLUME_CLAIM_TEMPLATE), Ptr)];

pub(super) const PERSISTENT_VOLUME_CLAIM_TEMPLATE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(core_v1::PERSISTENT_VOLUME_CLAIM_SPEC), Plain),
];

pub(super) const IMAGE_VOLUME_SOURCE: &[Field] = &[f(1, "reference", Str, Plain), f(2, "pullPolicy", Str, Plain)];

pub(super) const PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "gcePersistentDisk", Msg(GCE_PERSISTENT_DISK_VOLUME_SOURCE), Ptr),
    f(2, "awsElasticBlockStore", Msg(AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE), Ptr),
    f(3, "hostPath", Msg(HOST_PATH_VOLUME_SOURCE), Ptr),
    f(4, "glusterfs", Msg(GLUSTERFS_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(5, "nfs", Msg(NFS_VOLUME_SOURCE), Ptr),
    f(6, "rbd", Msg(RBD_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(7, "iscsi", Msg(ISCSI_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(8, "cinder", Msg(CINDER_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(9, "cephfs", Msg(CEPH_FS_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(10, "fc", Msg(FC_VOLUME_SOURCE), Ptr),
    f(11, "flocker", Msg(FLOCKER_VOLUME_SOURCE), Ptr),
    f(12, "flexVolume", Msg(FLEX_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(13, "azureFile", Msg(AZURE_FILE_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(14, "vsphereVolume", Msg(VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE), Ptr),
    f(15, "quobyte", Msg(QUOBYTE_VOLUME_SOURCE), Ptr),
    f(16, "azureDisk", Msg(AZURE_DISK_VOLUME_SOURCE), Ptr),
    f(17, "photonPersistentDisk", Msg(PHOTON_PERSISTENT_DISK_VOLUME_SOURCE), Ptr),
    f(18, "portworxVolume", Msg(PORTWORX_VOLUME_SOURCE), Ptr),
    f(19, "scaleIO", Msg(SCALE_IO_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(20, "local", Msg(LOCAL_VOLUME_SOURCE), Ptr),
    f(21, "storageos", Msg(STORAGE_OS_PERSISTENT_VOLUME_SOURCE), Ptr),
    f(22, "csi", Msg(CSI_PERSISTENT_VOLUME_SOURCE), Ptr),
];

pub(super) const GLUSTERFS_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "endpoints", Str, Always),
    f(2, "path", Str, Always),
    f(3, "readOnly", Bool, Plain),
    f(4, "endpointsNamespace", Str, Ptr),
];

pub(super) const RBD_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "monitors", Str, Repeated),
    f(2, "image", Str, Always),
    f(3, "fsType", Str, Plain),
    f(4, "pool", Str, Plain),
    f(5, "user", Str, Plain),
    f(6, "keyring", Str, Plain),
    f(7, "secretRef", Msg(SECRET_REFERENCE), Ptr),
    f(8, "readOnly", Bool, Plain),
];

pub(super) const SECRET_REFERENCE: &[Field] = &[f(1, "name", Str, Plain), f(2, "namespace", Str, Plain)];

pub(super) const ISCSI_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "targetPortal", Str, Always),
    f(2, "iqn", Str, Always),
    f(3, "lun", Int, Always),
    f(4, "iscsiInterface", Str, Plain),
    f(5, "fsType", Str, Plain),
    f(6, "readOnly", Bool, Plain),
    f(7, "portals", Str, Repeated),
    f(8, "chapAuthDiscovery", Bool, Plain),
    f(11, "chapAuthSession", Bool, Plain),
    f(10, "secretRef", Msg(SECRET_REFERENCE), Ptr),
    f(12, "initiatorName", Str, Ptr),
];

pub(super) const CINDER_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "volumeID", Str, Always),
    f(2, "fsType", Str, Plain),
    f(3, "readOnly", Bool, Plain),
    f(4, "secretRef", Msg(SECRET_REFERENCE), Ptr),
];

pub(super) const CEPH_FS_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "monitors", Str, Repeated),
    f(2, "path", Str, Plain),
    f(3, "user", Str, Plain),
    f(4, "secretFile", Str, Plain),
    f(5, "secretRef", Msg(SECRET_REFERENCE), Ptr),
    f(6, "readOnly", Bool, Plain),
];

pub(super) const FLEX_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "driver", Str, Always),
    f(2, "fsType", Str, Plain),
    f(3, "secretRef", Msg(SECRET_REFERENCE), Ptr),
    f(4, "readOnly", Bool, Plain),
    f(5, "options", Map(&Str), Plain),
];

pub(super) const AZURE_FILE_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "secretName", Str, Always),
    f(2, "shareName", Str, Always),
    f(3, "readOnly", Bool, Plain),
    f(4, "secretNamespace", Str, Ptr),
];

pub(super) const SCALE_IO_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "gateway", Str, Always),
    f(2, "system", Str, Always),
    f(3, "secretRef", Msg(SECRET_REFERENCE), Ptr),
    f(4, "sslEnabled", Bool, Plain),
    f(5, "protectionDomain", Str, Plain),
    f(6, "storagePool", Str, Plain),
    f(7, "storageMode", Str, Plain),
    f(8, "volumeName", Str, Plain),
    f(9, "fsType", Str, Plain),
    f(10, "readOnly", Bool, Plain),
];

pub(super) const LOCAL_VOLUME_SOURCE: &[Field] = &[f(1, "path", Str, Always), f(2, "fsType", Str, Ptr)];

pub(super) const STORAGE_OS_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "volumeName", Str, Plain),
    f(2, "volumeNamespace", Str, Plain),
    f(3, "fsType", Str, Plain),
    f(4, "readOnly", Bool, Plain),
    f(5, "secretRef", Msg(core_v1::OBJECT_REFERENCE), Ptr),
];

pub(super) const CSI_PERSISTENT_VOLUME_SOURCE: &[Field] = &[
    f(1, "driver", Str, Always),
    f(2, "volumeHandle", Str, Always),
    f(3, "readOnly", Bool, Plain),
    f(4, "fsType", Str, Plain),
    f(5, "volumeAttributes", Map(&Str), Plain),
    f(6, "controllerPublishSecretRef", Msg(SECRET_REFERENCE), Ptr),
    f(7, "nodeStageSecretRef", Msg(SECRET_REFERENCE), Ptr),
    f(8, "nodePublishSecretRef", Msg(SECRET_REFERENCE), Ptr),
    f(9, "controllerExpandSecretRef", Msg(SECRET_REFERENCE), Ptr),
    f(10, "nodeExpandSecretRef", Msg(SECRET_REFERENCE), Ptr),
];
