# Terraform description of {{project}} for Huawei Cloud FunctionGraph, written by
# fn-spring-maven-plugin. Every exported function becomes one function in FunctionGraph's
# built-in Java 17 runtime, all deployed from ./huawei.zip. fn-spring serves a function by
# its name, so keep each name equal to its exported name.
#
# Credentials come from the environment (HW_ACCESS_KEY, HW_SECRET_KEY). Edit the region
# below, then, from this directory:
#   terraform init
#   terraform apply
# See docs/deploy.md of fn-spring.

terraform {
  required_providers {
    huaweicloud = {
      source = "huaweicloud/huaweicloud"
    }
  }
}

variable "region" {
  description = "The region of every function."
  type        = string
  default     = "cn-north-4"
}

provider "huaweicloud" {
  region = var.region
}

locals {
  # The package is uploaded with each function's definition, base64-encoded (code_type
  # "zip"). FunctionGraph takes zip packages of up to 50 MB this way. For a larger package,
  # upload huawei.zip to an OBS bucket in the same region and replace code_type, func_code
  # and code_filename in each function with:
  #   code_type = "obs"
  #   code_url  = "https://<bucket>.obs.<region>.myhuaweicloud.com/huawei.zip"
  package = "${path.module}/huawei.zip"
}
{{#functions}}

resource "huaweicloud_fgs_function" "{{function}}" {
  name        = "{{function}}"
  description = "{{function}} of {{project}}, served by fn-spring"
  app         = "default"
  # UNVERIFIED: the runtime name, by analogy with Java8 and Java11 (the console shows it).
  runtime     = "Java17"
  handler     = "io.github.fnspring.huawei.FunctionGraphHandler.handleRequest"
  memory_size = {{memory}}
  timeout     = {{timeout}}

  # Starts Spring Boot once per instance, before the first call. Seconds, 1 to 300.
  initializer_handler = "io.github.fnspring.huawei.FunctionGraphHandler.initialize"
  initializer_timeout = 60

  code_type     = "zip"
  code_filename = "huawei.zip"
  func_code     = filebase64(local.package)

  # The provider creates v2 functions where the region offers them. Pin it if you like:
  # functiongraph_version = "v2"
  # Only if your functions call other cloud services:
  # agency = "<agency name>"
  # "Include Keys": FunctionGraph sends the function's temporary credentials (with an agency)
  # in the X-CFF-Security-Access-Key, X-CFF-Security-Secret-Key and X-CFF-Security-Token
  # request headers of HTTP functions and container images only when this is on (provider
  # 1.74.0 or later). The built-in runtime hands them over in its Context either way; it is
  # on so that a function deployed from huawei-custom.zip gets them too.
  enable_auth_in_header = true
  # Runs the application's FnPreStopHandlers before an instance stops (seconds, 1 to 90);
  # the argument names are those of recent provider versions, check yours:
  # pre_stop_handler = "io.github.fnspring.huawei.FunctionGraphHandler.preStop"
  # pre_stop_timeout = 30
  # Collect the logs in LTS (newer provider versions):
  # enable_lts_log = true
}
{{/functions}}
