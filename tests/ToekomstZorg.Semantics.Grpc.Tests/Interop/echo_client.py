"""Calls the echo test service with Debian's python3-grpcio, a client this project did not write.

usage: echo_client.py MODULE_DIR ADDRESS
Runs every scenario and prints one JSON object per line: {"scenario": ..., ...}.
"""
import json
import sys
import threading
import time

sys.path.insert(0, sys.argv[1])
import grpc  # noqa: E402
import echo_pb2  # noqa: E402
import tzstd_health_pb2 as health  # noqa: E402
import tzstd_reflection_v1_pb2 as reflection_v1  # noqa: E402
import tzstd_reflection_v1alpha_pb2 as reflection_v1alpha  # noqa: E402
from google.protobuf import descriptor_pb2  # noqa: E402

address = sys.argv[2]
channel = grpc.insecure_channel(address)
Req, Rep = echo_pb2.EchoRequest, echo_pb2.EchoReply


def method(kind, path, request_type=Req, reply_type=Rep):
    return getattr(channel, kind)(path, request_serializer=request_type.SerializeToString,
                                  response_deserializer=reply_type.FromString)


def echo(kind, name):
    return method(kind, "/tz.test.echo.Echo/" + name)


def emit(scenario, **fields):
    print(json.dumps(dict(scenario=scenario, **fields)), flush=True)


def error(scenario, call):
    try:
        result = call()
        emit(scenario, code="OK", result=repr(result))
    except grpc.RpcError as e:
        emit(scenario, code=e.code().name, details=e.details())


def run(scenario, body):
    try:
        body()
    except Exception as e:  # a failed scenario must show up in the output, not stop the others
        emit(scenario, code="CLIENT_EXCEPTION", details=repr(e))


def unary():
    reply = echo("unary_unary", "Unary")(Req(text="hallo wereld ü"), timeout=10)
    emit("unary", code="OK", text=reply.text)


def server_stream():
    replies = list(echo("unary_stream", "ServerStream")(Req(text="r", count=3), timeout=10))
    emit("server_stream", code="OK", texts=[r.text for r in replies])


def client_stream():
    reply = echo("stream_unary", "ClientStream")(iter([Req(text=t) for t in "abc"]), timeout=10)
    emit("client_stream", code="OK", text=reply.text, index=reply.index)


def bidi():
    replies = list(echo("stream_stream", "Bidi")(iter([Req(text="x"), Req(text="y")]), timeout=10))
    emit("bidi", code="OK", texts=[r.text for r in replies])


def deadline():
    start = time.monotonic()
    try:
        echo("unary_unary", "Slow")(Req(text="deadline", delay_ms=10000), timeout=0.3)
        emit("deadline", code="OK")
    except grpc.RpcError as e:
        emit("deadline", code=e.code().name, seconds=time.monotonic() - start)


def cancel():
    future = echo("unary_unary", "Slow").future(Req(text="cancel", delay_ms=10000), timeout=30)
    time.sleep(0.5)
    cancelled = future.cancel()
    emit("cancel", code="CANCELLED" if cancelled else "NOT_CANCELLED")


def too_large():
    error("too_large", lambda: echo("unary_unary", "Unary")(Req(payload=b"x" * (2 * 1024 * 1024)), timeout=10))


def gzip():
    payload = b"zorgplan " * 20000
    reply = echo("unary_unary", "Unary")(Req(text="gz", payload=payload), timeout=10,
                                          compression=grpc.Compression.Gzip)
    emit("gzip", code="OK", same=reply.payload == payload, headers=list(reply.headers))


def unknown():
    error("unknown_method", lambda: echo("unary_unary", "DoesNotExist")(Req(), timeout=10))
    error("unknown_service", lambda: method("unary_unary", "/tz.test.Nope/Unary")(Req(), timeout=10))
    error("unimplemented_rpc", lambda: echo("unary_unary", "Missing")(Req(), timeout=10))


def metadata():
    reply, call = echo("unary_unary", "Headers").with_call(
        Req(), timeout=10, metadata=[("x-tz-test", "v1"), ("x-tz-data-bin", b"\x00\x01\xfe")])
    initial = dict(call.initial_metadata())
    trailing = dict(call.trailing_metadata())
    emit("metadata", code="OK", seen=sorted(reply.headers), reply_header=initial.get("x-tz-reply"),
         trailer=trailing.get("x-tz-trailer"), trailer_bin=list(trailing.get("x-tz-trailer-bin", b"")))


def errors():
    error("status", lambda: echo("unary_unary", "Fail")(Req(status=5, text="niet gevonden: zorgcoördinatie 100%"), timeout=10))
    error("exception", lambda: echo("unary_unary", "Fail")(Req(status=0, text="dubbeldiagnose"), timeout=10))


def secured():
    ping = method("unary_unary", "/tz.test.echo.Secured/Ping")
    error("unauthenticated", lambda: ping(Req(text="a"), timeout=10))
    reply = ping(Req(text="b"), timeout=10, metadata=[("authorization", "Bearer s3cret-token")])
    emit("authenticated", code="OK", text=reply.text)


def health_check():
    check = method("unary_unary", "/grpc.health.v1.Health/Check", health.HealthCheckRequest, health.HealthCheckResponse)
    emit("health_server", code="OK", status=health.HealthCheckResponse.ServingStatus.Name(check(health.HealthCheckRequest(), timeout=10).status))
    error("health_unknown", lambda: check(health.HealthCheckRequest(service="nope"), timeout=10))
    watch = method("unary_stream", "/grpc.health.v1.Health/Watch", health.HealthCheckRequest, health.HealthCheckResponse)
    stream = watch(health.HealthCheckRequest(service="tz.test.echo.Echo"), timeout=10)
    first = next(stream)
    stream.cancel()
    emit("health_watch", code="OK", status=health.HealthCheckResponse.ServingStatus.Name(first.status))


def reflection(module, name):
    info = method("stream_stream", "/grpc.reflection.%s.ServerReflection/ServerReflectionInfo" % name,
                  module.ServerReflectionRequest, module.ServerReflectionResponse)
    requests = [module.ServerReflectionRequest(list_services=""),
                module.ServerReflectionRequest(file_containing_symbol="tz.test.echo.Echo"),
                module.ServerReflectionRequest(file_by_filename="echo.proto"),
                module.ServerReflectionRequest(file_containing_symbol="no.such.Symbol")]
    replies = list(info(iter(requests), timeout=10))
    services = [s.name for s in replies[0].list_services_response.service]
    files = [descriptor_pb2.FileDescriptorProto.FromString(b) for b in replies[1].file_descriptor_response.file_descriptor_proto]
    echo_service = [m.name for s in files[0].service if s.name == "Echo" for m in s.method]
    emit("reflection_" + name, code="OK", services=services, file=files[0].name, methods=echo_service,
         by_name=len(replies[2].file_descriptor_response.file_descriptor_proto),
         missing=replies[3].error_response.error_code)


scenarios = [unary, server_stream, client_stream, bidi, deadline, cancel, too_large, gzip, unknown, metadata, errors,
             secured, health_check, lambda: reflection(reflection_v1, "v1"), lambda: reflection(reflection_v1alpha, "v1alpha")]
for s in scenarios:
    run(getattr(s, "__name__", "scenario"), s)
