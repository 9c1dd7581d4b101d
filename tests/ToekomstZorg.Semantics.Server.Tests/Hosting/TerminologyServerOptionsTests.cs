using Microsoft.Extensions.Configuration;
using ToekomstZorg.Semantics.Server.Hosting;

namespace ToekomstZorg.Semantics.Server.Tests.Hosting;

public sealed class TerminologyServerOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidLoopbackPorts5080And5081()
    {
        var options = new TerminologyServerOptions();

        options.Validate();

        (options.Address, options.GrpcPort, options.HttpPort, options.UsesTls).Should().Be(("127.0.0.1", 5080, 5081, false));
    }

    [Theory]
    [InlineData(-1, 5081, "--grpc-port")]
    [InlineData(5080, 70000, "--http-port")]
    [InlineData(6000, 6000, "cannot share a port")]
    public void Validate_BadPorts_NameTheSetting(int grpc, int http, string named)
    {
        var options = new TerminologyServerOptions { GrpcPort = grpc, HttpPort = http };

        var validate = options.Validate;

        validate.Should().Throw<ServerConfigurationException>().WithMessage($"*{named}*");
    }

    [Fact]
    public void Validate_SamePortWithTls_IsAllowed()
    {
        var options = new TerminologyServerOptions { GrpcPort = 6000, HttpPort = 6000, TlsCertificate = "c.pem", TlsKey = "k.pem" };

        options.Validate();

        options.UsesTls.Should().BeTrue();
    }

    [Fact]
    public void Validate_CertificateWithoutKey_NamesBoth()
    {
        var options = new TerminologyServerOptions { TlsCertificate = "c.pem" };

        var validate = options.Validate;

        validate.Should().Throw<ServerConfigurationException>().WithMessage("*--tls-cert*--tls-key*");
    }

    [Theory]
    [InlineData("https://app.example/")]
    [InlineData("https://app.example/path")]
    [InlineData("app.example")]
    [InlineData("ftp://app.example")]
    [InlineData("https://app.example?x=1")]
    public void Validate_CorsOriginNotAnOrigin_NamesTheSettingAndTheValue(string origin)
    {
        var options = new TerminologyServerOptions();
        options.CorsOrigins.Add(origin);

        var validate = options.Validate;

        validate.Should().Throw<ServerConfigurationException>().WithMessage($"*Tzsem:CorsOrigins*'{origin}'*");
    }

    [Fact]
    public void Read_CorsOrigins_BindsEachOriginAndAcceptsThem()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tzsem:CorsOrigins:0"] = "https://app.example",
            ["Tzsem:CorsOrigins:1"] = "http://localhost:3000",
        }).Build();

        var options = TerminologyServerOptions.Read(configuration);
        options.Validate();

        options.CorsOrigins.Should().Equal("https://app.example", "http://localhost:3000");
    }

    [Fact]
    public void Validate_AddressNotAnIp_Throws()
    {
        var options = new TerminologyServerOptions { Address = "localhost.example" };

        var validate = options.Validate;

        validate.Should().Throw<ServerConfigurationException>().WithMessage("*--address*");
    }

    [Theory]
    [InlineData("Tzsem:GrpcPort", "abc", "Tzsem:GrpcPort (--grpc-port) 'abc' is not a whole number.")]
    [InlineData("Tzsem:HttpPort", "80.5", "Tzsem:HttpPort (--http-port) '80.5' is not a whole number.")]
    [InlineData("Tzsem:Watch", "maybe", "Tzsem:Watch (--watch) 'maybe' is not true or false.")]
    [InlineData("Tzsem:ShutdownTimeoutSeconds", "soon", "Tzsem:ShutdownTimeoutSeconds 'soon' is not a whole number.")]
    [InlineData("Tzsem:MaxResourceBytes", "4MB", "Tzsem:MaxResourceBytes '4MB' is not a whole number.")]
    [InlineData("Tzsem:ReloadDebounceMilliseconds", "0.2s", "Tzsem:ReloadDebounceMilliseconds '0.2s' is not a whole number.")]
    public void Read_ValueOfTheWrongType_NamesTheSettingAndItsSwitch(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var read = () => TerminologyServerOptions.Read(configuration);

        read.Should().Throw<ServerConfigurationException>().WithMessage(message);
    }

    [Fact]
    public void Read_CommandLineValues_AreBound()
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["--grpc-port", "0", "--watch", "false", "--address", "0.0.0.0"], ServerCommandLine.SwitchMappings.ToDictionary())
            .Build();

        var options = TerminologyServerOptions.Read(configuration);

        (options.GrpcPort, options.HttpPort, options.Watch, options.Address).Should().Be((0, 5081, false, "0.0.0.0"));
    }

    [Fact]
    public void SwitchMappings_CoverTheDocumentedOptions()
    {
        ServerCommandLine.SwitchMappings.Keys.Should().Contain(["--vocab", "--grpc-port", "--http-port"]);
        ServerCommandLine.Usage.Should().Contain("Tzsem__GrpcPort");
        ServerCommandLine.WantsHelp(["--help"]).Should().BeTrue();
    }
}
