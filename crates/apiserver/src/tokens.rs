//! Service account tokens: the TokenRequest subresource (`kubectl create token`) issues JWTs signed with
//! the server's ES256 service-account key, and the authenticator accepts them back as the service account,
//! as kube-apiserver does with `--service-account-issuer` and `--service-account-signing-key-file`.
//!
//! Tokens carry kube-apiserver's claims (`iss`, `sub`, `aud`, `exp`, `iat`, `nbf`, `jti` and
//! `kubernetes.io` with the namespace, the service account and the bound pod or secret). A token stops
//! working when it expires, when its service account or bound object is deleted (or recreated with
//! another uid), and for audiences other than the API server's.

use std::collections::BTreeMap;

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, KeyPair};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::server::{Identity, Server};
use crate::status::{ApiError, ApiResult, Cause};

/// The issuer, and the API server's only audience (kube-apiserver defaults `--api-audiences` to it).
pub const ISSUER: &str = "https://kubernetes.default.svc.cluster.local";
/// `expirationSeconds` when the request gives none.
const DEFAULT_EXPIRATION: i64 = 3600;
/// PKIX `SubjectPublicKeyInfo` header of an uncompressed P-256 point, for the key id.
const P256_SPKI_PREFIX: [u8; 26] = [
    0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce,
    0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
];

/// The service-account signing key.
pub struct Issuer {
    key: EcdsaKeyPair,
    /// `base64url(sha256(SubjectPublicKeyInfo))`, the `kid` kube-apiserver writes.
    key_id: String,
}

impl Issuer {
    /// A new PKCS#8 key (DER), for the credentials directory.
    pub fn generate_pkcs8() -> Result<Vec<u8>, String> {
        EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new())
            .map(|doc| doc.as_ref().to_vec())
            .map_err(|_| "generating the service-account signing key".to_string())
    }

    pub fn from_pkcs8(der: &[u8]) -> Result<Issuer, String> {
        let key = EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, der, &SystemRandom::new())
            .map_err(|e| format!("reading the service-account signing key: {e}"))?;
        let mut spki = P256_SPKI_PREFIX.to_vec();
        spki.extend_from_slice(key.public_key().as_ref());
        let key_id = URL_SAFE_NO_PAD.encode(Sha256::digest(&spki));
        Ok(Issuer { key, key_id })
    }

    fn sign(&self, claims: &Value) -> Result<String, ApiError> {
        let header = json!({"alg": "ES256", "kid": self.key_id});
        let signing_input =
            format!("{}.{}", URL_SAFE_NO_PAD.encode(header.to_string()), URL_SAFE_NO_PAD.encode(claims.to_string()));
        let sig = self
            .key
            .sign(&SystemRandom::new(), signing_input.as_bytes())
            .map_err(|_| ApiError::internal("signing a service account token"))?;
        Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref())))
    }

    /// The claims of a token this issuer signed, or `None` for anything else.
    fn verified_claims(&self, token: &str) -> Option<Value> {
        let (signing_input, sig) = token.rsplit_once('.')?;
        let (header, claims) = signing_input.split_once('.')?;
        let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
        if header.get("alg").and_then(Value::as_str) != Some("ES256") {
            return None;
        }
        let public =
            signature::UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, self.key.public_key().as_ref());
        public.verify(signing_input.as_bytes(), &URL_SAFE_NO_PAD.decode(sig).ok()?).ok()?;
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(claims).ok()?).ok()
    }
}

/// The PEM form of a PKCS#8 key, as kube's `--service-account-key-file` takes it.
pub fn pkcs8_pem(der: &[u8]) -> String {
    let body = STANDARD.encode(der);
    let lines: Vec<&str> = body.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
    format!("-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n", lines.join("\n"))
}

/// The DER inside a PKCS#8 PEM.
pub fn pkcs8_der(pem: &str) -> Result<Vec<u8>, String> {
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    STANDARD.decode(body.trim()).map_err(|e| format!("the service-account key is not PEM: {e}"))
}

fn meta<'a>(obj: &'a Value, f: &str) -> &'a str {
    obj.pointer(&format!("/metadata/{f}")).and_then(Value::as_str).unwrap_or_default()
}

impl Server {
    /// `POST serviceaccounts/<name>/token`: a token for the service account, optionally bound to a pod or
    /// secret of its namespace.
    pub(crate) async fn token_request(&self, ctx: &crate::server::Ctx) -> ApiResult<crate::server::Reply> {
        let (namespace, name) = (ctx.info.namespace.as_str(), ctx.info.name.as_str());
        let mut request = crate::handlers::parse_any_body(ctx)?;
        let sa = self
            .store
            .get(&format!("/core/serviceaccounts/{namespace}/{name}"))
            .ok_or_else(|| ApiError::not_found("", "serviceaccounts", name))?
            .value();
        let spec = request.get("spec").cloned().unwrap_or_else(|| json!({}));
        let mut audiences: Vec<String> = spec
            .get("audiences")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(String::from).collect())
            .unwrap_or_default();
        if audiences.is_empty() {
            audiences.push(ISSUER.into());
        }
        let expiration = spec.get("expirationSeconds").and_then(Value::as_i64).unwrap_or(DEFAULT_EXPIRATION);
        let invalid = |cause: Cause| ApiError::invalid("authentication.k8s.io", "TokenRequest", name, vec![cause]);
        if expiration < 600 {
            return Err(invalid(Cause::invalid(
                "spec.expirationSeconds",
                &json!(expiration),
                "may not specify a duration less than 10 minutes",
            )));
        }
        if expiration > 1 << 32 {
            return Err(invalid(Cause::invalid(
                "spec.expirationSeconds",
                &json!(expiration),
                "may not specify a duration larger than 2^32 seconds",
            )));
        }

        let mut k8s = json!({"namespace": namespace, "serviceaccount": {"name": name, "uid": meta(&sa, "uid")}});
        if let Some(bound) = spec.get("boundObjectRef").filter(|b| b.is_object()) {
            let kind = bound.get("kind").and_then(Value::as_str).unwrap_or_default();
            let api_version = bound.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
            let bound_name = bound.get("name").and_then(Value::as_str).unwrap_or_default();
            let (plural, claim) = match (api_version, kind) {
                ("v1", "Pod") => ("pods", "pod"),
                ("v1", "Secret") => ("secrets", "secret"),
                _ => {
                    let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
                    return Err(ApiError::bad_request(format!(
                        "cannot bind token to object of type {group}/{version}, Kind={kind}"
                    )));
                }
            };
            let object = self
                .store
                .get(&format!("/core/{plural}/{namespace}/{bound_name}"))
                .ok_or_else(|| ApiError::not_found("", plural, bound_name))?
                .value();
            if plural == "pods" {
                let runs_as = object.pointer("/spec/serviceAccountName").and_then(Value::as_str).unwrap_or("default");
                if runs_as != name {
                    return Err(ApiError::bad_request(format!(
                        "cannot bind token for serviceaccount {name:?} to pod running with different serviceaccount name."
                    )));
                }
            }
            let uid = meta(&object, "uid");
            if let Some(want) = bound.get("uid").and_then(Value::as_str).filter(|u| !u.is_empty()) {
                if want != uid {
                    return Err(ApiError::conflict(
                        "",
                        plural,
                        bound_name,
                        &format!("the UID in the bound object reference ({want}) does not match the UID in record. The object might have been deleted and then recreated"),
                    ));
                }
            }
            k8s[claim] = json!({"name": bound_name, "uid": uid});
        }

        let now = chrono::Utc::now();
        let exp = now.timestamp() + expiration;
        let claims = json!({"aud": audiences, "exp": exp, "iat": now.timestamp(), "iss": ISSUER,
                            "jti": uuid::Uuid::new_v4().to_string(), "kubernetes.io": k8s, "nbf": now.timestamp(),
                            "sub": format!("system:serviceaccount:{namespace}:{name}")});
        let token = self.tokens.sign(&claims)?;
        let expires = chrono::DateTime::from_timestamp(exp, 0).unwrap_or(now).format("%Y-%m-%dT%H:%M:%SZ").to_string();
        request["apiVersion"] = json!("authentication.k8s.io/v1");
        request["kind"] = json!("TokenRequest");
        request["metadata"] = json!({"name": name, "namespace": namespace, "creationTimestamp": null});
        request["spec"]["audiences"] = json!(audiences);
        request["spec"]["expirationSeconds"] = json!(expiration);
        if request["spec"].get("boundObjectRef").is_none() {
            request["spec"]["boundObjectRef"] = Value::Null;
        }
        request["status"] = json!({"token": token, "expirationTimestamp": expires});
        Ok(crate::server::Reply::Json(http::StatusCode::CREATED, request))
    }

    /// The service account a bearer token stands for, if it is a live token of this server for its
    /// audience.
    pub(crate) fn service_account_identity(&self, token: &str) -> Option<Identity> {
        let claims = self.tokens.verified_claims(token)?;
        let now = chrono::Utc::now().timestamp();
        let int = |k: &str| claims.get(k).and_then(Value::as_i64);
        if claims.get("iss").and_then(Value::as_str) != Some(ISSUER)
            || int("exp")? <= now
            || int("nbf").unwrap_or(0) > now + 60
        {
            return None;
        }
        let audiences = claims.get("aud").and_then(Value::as_array)?;
        if !audiences.iter().any(|a| a.as_str() == Some(ISSUER)) {
            return None;
        }
        let k8s = claims.get("kubernetes.io")?;
        let namespace = k8s.get("namespace").and_then(Value::as_str)?;
        let name = k8s.pointer("/serviceaccount/name").and_then(Value::as_str)?;
        let uid = k8s.pointer("/serviceaccount/uid").and_then(Value::as_str)?;
        let alive = |plural: &str, name: &str, uid: &str| {
            self.store
                .get(&format!("/core/{plural}/{namespace}/{name}"))
                .is_some_and(|s| meta(&s.value(), "uid") == uid && !crate::objects::is_deleting(&s.value()))
        };
        if !alive("serviceaccounts", name, uid) {
            return None;
        }
        let mut extra = BTreeMap::new();
        for (claim, plural) in [("pod", "pods"), ("secret", "secrets")] {
            if let Some(bound) = k8s.get(claim) {
                let (bound_name, bound_uid) = (bound.get("name")?.as_str()?, bound.get("uid")?.as_str()?);
                if !alive(plural, bound_name, bound_uid) {
                    return None;
                }
                if claim == "pod" {
                    extra.insert("authentication.kubernetes.io/pod-name".to_string(), vec![bound_name.to_string()]);
                    extra.insert("authentication.kubernetes.io/pod-uid".to_string(), vec![bound_uid.to_string()]);
                }
            }
        }
        if let Some(jti) = claims.get("jti").and_then(Value::as_str) {
            extra.insert("authentication.kubernetes.io/credential-id".to_string(), vec![format!("JTI={jti}")]);
        }
        Some(Identity {
            user: format!("system:serviceaccount:{namespace}:{name}"),
            uid: uid.to_string(),
            groups: vec![
                "system:serviceaccounts".into(),
                format!("system:serviceaccounts:{namespace}"),
                "system:authenticated".into(),
            ],
            extra,
            admin: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_only_with_their_key() {
        let der = Issuer::generate_pkcs8().unwrap();
        let pem = pkcs8_pem(&der);
        let issuer = Issuer::from_pkcs8(&pkcs8_der(&pem).unwrap()).unwrap();
        let claims = json!({"sub": "system:serviceaccount:a:b", "iss": ISSUER});
        let token = issuer.sign(&claims).unwrap();
        assert_eq!(issuer.verified_claims(&token), Some(claims));
        assert_eq!(token.split('.').count(), 3);
        let header: Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(token.split('.').next().unwrap()).unwrap()).unwrap();
        assert_eq!(header["kid"].as_str().map(str::len), Some(43));

        let other = Issuer::from_pkcs8(&Issuer::generate_pkcs8().unwrap()).unwrap();
        assert_eq!(other.verified_claims(&token), None);
        let (input, _) = token.rsplit_once('.').unwrap();
        let forged = format!("{input}.{}", URL_SAFE_NO_PAD.encode([0u8; 64]));
        assert_eq!(issuer.verified_claims(&forged), None);
        assert_eq!(issuer.verified_claims("not-a-jwt"), None);
    }
}
