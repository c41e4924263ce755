//! The client a Kustomization applies with: the controller's own, a service account impersonated
//! (`spec.serviceAccountName`, `--default-service-account`), or another cluster's (`spec.kubeConfig`),
//! as upstream's impersonator builds them.

use api::kustomize::Kustomization;
use k8s_openapi::api::core::v1::{Secret, ServiceAccount};
use kube::api::Api;
use kube::ResourceExt;

use super::source::describe;

/// The keys a kubeconfig Secret is read from when `spec.kubeConfig.secretRef.key` is not set.
const KUBECONFIG_KEYS: [&str; 2] = ["value", "value.yaml"];

/// Where the controller connects, for building other clients from it.
#[derive(Clone)]
pub struct Clients {
    /// The controller's client.
    pub client: kube::Client,
    /// The configuration it was built from; impersonation needs it.
    pub config: Option<kube::Config>,
    /// `--default-service-account`: impersonated when a Kustomization names none.
    pub default_service_account: Option<String>,
}

impl Clients {
    /// The controller's own client.
    pub fn client(&self) -> &kube::Client {
        &self.client
    }

    /// The service account `obj` applies as, if any.
    pub fn service_account(&self, obj: &Kustomization) -> Option<String> {
        obj.spec
            .service_account_name
            .clone()
            .filter(|s| !s.is_empty())
            .or_else(|| self.default_service_account.clone().filter(|s| !s.is_empty()))
    }

    /// Whether the service account `obj` impersonates exists; true when it impersonates none (upstream's
    /// `CanImpersonate`: on deletion, a Kustomization whose account is gone skips pruning).
    pub async fn can_impersonate(&self, obj: &Kustomization) -> bool {
        let Some(name) = self.service_account(obj) else { return true };
        let accounts: Api<ServiceAccount> = Api::namespaced(self.client.clone(), &obj.namespace().unwrap_or_default());
        accounts.get(&name).await.is_ok()
    }

    /// The client for `obj`'s objects.
    ///
    /// # Errors
    /// One line: the kubeconfig Secret is missing or unreadable, or the controller's configuration is not
    /// known (impersonation needs it).
    pub async fn for_object(&self, obj: &Kustomization) -> Result<kube::Client, String> {
        let namespace = obj.namespace().unwrap_or_default();
        let service_account = self.service_account(obj);
        let mut config = match &obj.spec.kube_config {
            Some(reference) => Some(self.remote_config(reference, &namespace).await?),
            None if service_account.is_some() => Some(
                self.config
                    .clone()
                    .ok_or("impersonating a service account needs the controller's kubeconfig, which is not known")?,
            ),
            None => None,
        };
        let Some(config) = config.as_mut() else { return Ok(self.client.clone()) };
        if let Some(sa) = service_account {
            config.auth_info.impersonate = Some(format!("system:serviceaccount:{namespace}:{sa}"));
        }
        kube::Client::try_from(config.clone()).map_err(|e| e.to_string())
    }

    async fn remote_config(
        &self,
        reference: &api::meta::KubeConfigReference,
        namespace: &str,
    ) -> Result<kube::Config, String> {
        let Some(secret_ref) = &reference.secret_ref else {
            return Err("spec.kubeConfig.configMapRef (workload identity for remote clusters) is not supported".into());
        };
        let secrets: Api<Secret> = Api::namespaced(self.client.clone(), namespace);
        let name = format!("{namespace}/{}", secret_ref.name);
        let secret = secrets
            .get(&secret_ref.name)
            .await
            .map_err(|e| format!("unable to read KubeConfig secret '{name}' error: {}", describe(&e)))?;
        let data = secret.data.unwrap_or_default();
        let value = match secret_ref.key.as_deref().filter(|k| !k.is_empty()) {
            Some(key) => data.get(key).ok_or_else(|| {
                format!("KubeConfig secret '{name}' does not contain a '{key}' key with a kubeconfig")
            })?,
            None => KUBECONFIG_KEYS.iter().find_map(|k| data.get(*k)).ok_or_else(|| {
                format!("KubeConfig secret '{name}' does not contain a 'value' key with a kubeconfig")
            })?,
        };
        let text = String::from_utf8_lossy(&value.0);
        let kubeconfig = kube::config::Kubeconfig::from_yaml(&text)
            .map_err(|e| format!("failed to parse the kubeconfig of secret '{name}': {e}"))?;
        kube::Config::from_custom_kubeconfig(kubeconfig, &kube::config::KubeConfigOptions::default())
            .await
            .map_err(|e| format!("failed to load the kubeconfig of secret '{name}': {e}"))
    }
}
