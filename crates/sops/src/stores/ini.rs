use crate::tree::Item;
pub(crate) fn load(_text: &str) -> Result<Vec<Item>, String> { Err("todo".into()) }
pub(crate) fn emit(_b: &[Vec<Item>]) -> Result<Vec<u8>, String> { Err("todo".into()) }
