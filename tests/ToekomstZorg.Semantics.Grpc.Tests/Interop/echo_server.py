"""An echo server in Debian's python3-grpcio, for the project's .NET client to call.

usage: echo_server.py MODULE_DIR: prints the port, serves until stdin closes.
"""
import sys
from concurrent import futures

sys.path.insert(0, sys.argv[1])
import grpc  # noqa: E402
import echo_pb2  # noqa: E402


def unary(request, context):
    context.set_trailing_metadata([("x-py-trailer", "python")])
    return echo_pb2.EchoReply(text="py:" + request.text)


def server_stream(request, context):
    for i in range(request.count):
        yield echo_pb2.EchoReply(text="py%d" % i, index=i)


def fail(request, context):
    context.abort(grpc.StatusCode.NOT_FOUND, "python zegt: niet gevonden ü")


handlers = {
    "Unary": grpc.unary_unary_rpc_method_handler(unary, echo_pb2.EchoRequest.FromString, echo_pb2.EchoReply.SerializeToString),
    "ServerStream": grpc.unary_stream_rpc_method_handler(server_stream, echo_pb2.EchoRequest.FromString, echo_pb2.EchoReply.SerializeToString),
    "Fail": grpc.unary_unary_rpc_method_handler(fail, echo_pb2.EchoRequest.FromString, echo_pb2.EchoReply.SerializeToString),
}
server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler("tz.test.echo.Echo", handlers),))
port = server.add_insecure_port("127.0.0.1:0")
server.start()
print(port, flush=True)
sys.stdin.read()
server.stop(0)
