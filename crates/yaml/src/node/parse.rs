// TEMPORARY (not to be committed): v2 reading through JSON, to compile the kustomize crate.
use super::Node;
pub(crate) fn parse_documents(text: &str) -> Result<Vec<Node>, crate::Error> {
    Ok(crate::documents(text)?.iter().map(Node::from_json).collect())
}
