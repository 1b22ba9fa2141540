//! The gateway WebSocket: HELLO on connect, then frames in both directions through the
//! connection's queue, so replies and test-triggered dispatches keep one order.

use std::sync::Arc;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::response::Response;
use futures::{SinkExt, StreamExt};
use serde_json::json;
use tokio::sync::mpsc;

use super::state::{Outgoing, Shared};

pub async fn upgrade(State(shared): State<Arc<Shared>>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |socket| run(shared, socket))
}

async fn run(shared: Arc<Shared>, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let hello =
        json!({ "op": 10, "d": { "heartbeat_interval": shared.config.heartbeat_interval_ms } });
    let _ = tx.send(Outgoing::Text(hello.to_string().into()));
    let conn_id = shared.register_conn(tx);
    loop {
        tokio::select! {
            out = rx.recv() => match out {
                Some(Outgoing::Text(text)) => {
                    if sink.send(Message::Text(text.to_string())).await.is_err() {
                        break;
                    }
                }
                Some(Outgoing::Close(code)) => {
                    let frame = CloseFrame { code, reason: "stand-in closed the socket".into() };
                    let _ = sink.send(Message::Close(Some(frame))).await;
                    break;
                }
                // The state replaced this connection with a newer one.
                None => break,
            },
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => shared.on_client_frame(conn_id, &text),
                Some(Ok(Message::Binary(bytes))) => {
                    shared.on_client_frame(conn_id, &String::from_utf8_lossy(&bytes));
                }
                // tungstenite queued the close echo; serenity waits for it (and warns without),
                // so drive the socket until the handshake completes instead of dropping it.
                Some(Ok(Message::Close(frame))) => {
                    let code = frame.map_or(1005, |frame| frame.code);
                    shared.with(|s| s.stats.client_closes.push(code));
                    let _ = sink.flush().await;
                    while let Some(Ok(_)) = stream.next().await {}
                    break;
                }
                Some(Err(_)) | None => break,
                Some(Ok(_)) => {}
            },
        }
    }
    shared.unregister_conn(conn_id);
}
