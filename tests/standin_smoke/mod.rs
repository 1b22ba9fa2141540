//! Proves the stand-in against a bare serenity 0.12.5 client: serenity drops any gateway payload
//! it cannot deserialize (logging a WARN), so an event reaching the handler proves its shape.

mod client;
mod gateway;
mod interactions;
mod poise_flow;
mod shapes;
