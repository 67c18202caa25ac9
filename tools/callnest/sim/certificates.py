"""A test CA and a certificate it signed for 127.0.0.1: for SIP over TLS
between the edge and a real peer, and for the mail servers' TLS ports
(:mod:`callnest.sim.mail_servers`), in the tests and the benches."""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificates:
    ca: Path  # the CA's certificate
    certificate: Path  # 127.0.0.1's, signed by the CA
    private_key: Path
    bundle: Path  # certificate and private key in one file (baresip's form)


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def issue(directory: Path, valid_days: float = 1.0) -> Certificates:
    """A CA and 127.0.0.1's certificate, which ends ``valid_days`` from now
    (negative: it has expired)."""
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    ends = now + datetime.timedelta(days=valid_days)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Callnest test CA"))
        .issuer_name(_name("Callnest test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=400))
        .not_valid_after(now + datetime.timedelta(days=400))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(min(now, ends) - datetime.timedelta(hours=1))
        .not_valid_after(ends)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    found = Certificates(
        ca=directory / "ca.pem",
        certificate=directory / "certificate.pem",
        private_key=directory / "private-key.pem",
        bundle=directory / "bundle.pem",
    )
    found.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    certificate_pem = certificate.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    found.certificate.write_bytes(certificate_pem)
    found.private_key.write_bytes(key_pem)
    found.bundle.write_bytes(certificate_pem + key_pem)
    return found
